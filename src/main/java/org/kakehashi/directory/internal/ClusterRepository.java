package org.kakehashi.directory.internal;

import java.time.Clock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.kakehashi.directory.Cluster;
import org.kakehashi.directory.Region;
import org.kakehashi.shared.ConcurrentEditException;
import org.kakehashi.shared.JsonColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code region} and {@code cluster} tables. */
@Repository
public class ClusterRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	ClusterRepository(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	public List<Cluster> findAll() {
		return jdbc.sql("select * from cluster order by id").query(ClusterRepository::cluster).list();
	}

	public Optional<Cluster> findById(String id) {
		return jdbc.sql("select * from cluster where id = ?").param(id).query(ClusterRepository::cluster).optional();
	}

	public List<Region> regions() {
		return jdbc.sql("select * from region order by id").query(ClusterRepository::region).list();
	}

	public Optional<Region> region(String id) {
		return jdbc.sql("select * from region where id = ?").param(id).query(ClusterRepository::region).optional();
	}

	public void insertRegion(Region r) {
		jdbc.sql("insert into region (id, country, names, time_zone) values (?, ?, ?, ?)")
			.params(r.id(), r.country(), JsonColumns.write(r.names()), r.timeZone())
			.update();
	}

	public void insert(Cluster c) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql(
				"""
						insert into cluster (id, region_id, country, city, names, descriptions, website, created_at, updated_at, version)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(c.id(), c.regionId(), c.country(), c.city(), JsonColumns.write(c.names()),
					JsonColumns.write(c.descriptions()), c.website(), now, now)
			.update();
	}

	/** Saves if nobody saved since {@code c.version()}; otherwise refuses. */
	public void update(Cluster c) {
		int rows = jdbc.sql("""
				update cluster set region_id = ?, country = ?, city = ?, names = ?, descriptions = ?, website = ?,
				       updated_at = ?, version = version + 1
				where id = ? and version = ?""")
			.params(c.regionId(), c.country(), c.city(), JsonColumns.write(c.names()),
					JsonColumns.write(c.descriptions()), c.website(), OffsetDateTime.now(clock), c.id(), c.version())
			.update();
		if (rows == 0) {
			throw new ConcurrentEditException("cluster", c.id(), c.version());
		}
	}

	private static Cluster cluster(ResultSet rs, int n) throws SQLException {
		return new Cluster(rs.getString("id"), rs.getString("region_id"), rs.getString("country"), rs.getString("city"),
				JsonColumns.readText(rs.getString("names")), JsonColumns.readText(rs.getString("descriptions")),
				rs.getString("website"), rs.getLong("version"));
	}

	private static Region region(ResultSet rs, int n) throws SQLException {
		return new Region(rs.getString("id"), rs.getString("country"), JsonColumns.readText(rs.getString("names")),
				rs.getString("time_zone"));
	}

}
