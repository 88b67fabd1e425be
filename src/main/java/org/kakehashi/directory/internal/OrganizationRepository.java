package org.kakehashi.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kakehashi.directory.Contact;
import org.kakehashi.directory.Organization;
import org.kakehashi.directory.OrganizationKind;
import org.kakehashi.directory.OrganizationPage;
import org.kakehashi.directory.OrganizationQuery;
import org.kakehashi.directory.OrganizationSize;
import org.kakehashi.shared.ConcurrentEditException;
import org.kakehashi.shared.JsonColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code organization} and {@code contact} tables. */
@Repository
public class OrganizationRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	OrganizationRepository(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	public Optional<Organization> findById(String id) {
		return jdbc.sql("select * from organization where id = ?")
			.param(id)
			.query(OrganizationRepository::map)
			.optional();
	}

	/** One indexed lookup: read on every request of a member (accounts). */
	public Optional<String> clusterOf(String id) {
		return jdbc.sql("select cluster_id from organization where id = ? and cluster_id is not null")
			.param(id)
			.query(String.class)
			.optional();
	}

	/** The clusters of many organisations in one query; those without one are absent. */
	public Map<String, String> clustersOf(Collection<String> ids) {
		Map<String, String> clusters = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("select id, cluster_id from organization where id in (:ids) and cluster_id is not null")
				.param("ids", List.copyOf(ids))
				.query(rs -> {
					clusters.put(rs.getString(1), rs.getString(2));
				});
		}
		return clusters;
	}

	public Optional<Long> versionOf(String id) {
		return jdbc.sql("select version from organization where id = ?").param(id).query(Long.class).optional();
	}

	public OrganizationPage find(OrganizationQuery q) {
		List<Object> params = new ArrayList<>();
		String where = where(q, params);
		long total = jdbc.sql("select count(*) from organization" + where).params(params).query(Long.class).single();
		params.add(q.size());
		params.add((long) q.page() * q.size());
		List<Organization> items = jdbc.sql("select * from organization" + where + " order by id limit ? offset ?")
			.params(params)
			.query(OrganizationRepository::map)
			.list();
		return new OrganizationPage(items, total, q.page(), q.size());
	}

	/**
	 * Up to {@code limit} organisations matching {@code q}'s filters with ids after
	 * {@code afterId} (exports).
	 */
	public List<Organization> findAfter(OrganizationQuery q, String afterId, int limit) {
		List<Object> params = new ArrayList<>();
		String where = where(q, params) + " and id > ?";
		params.add(afterId);
		params.add(limit);
		return jdbc.sql("select * from organization" + where + " order by id limit ?")
			.params(params)
			.query(OrganizationRepository::map)
			.list();
	}

	private static String where(OrganizationQuery q, List<Object> params) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		if (q.cluster() != null && !q.cluster().isBlank()) {
			where.append(" and cluster_id = ?");
			params.add(withoutNul(q.cluster()));
		}
		if (q.kind() != null && !q.kind().isBlank()) {
			where.append(" and kind = ?");
			params.add(withoutNul(q.kind()));
		}
		if (q.country() != null && !q.country().isBlank()) {
			where.append(" and country = ?");
			params.add(withoutNul(q.country()).toUpperCase(Locale.ROOT));
		}
		if (q.text() != null && !q.text().isBlank()) {
			where.append(" and lower(names) like ?");
			params.add("%" + withoutNul(q.text()).strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "")
					+ "%");
		}
		return where.toString();
	}

	/** PostgreSQL refuses text with a NUL character: without it the filter answers. */
	private static String withoutNul(String filter) {
		return filter.replace("\u0000", "");
	}

	/** Up to {@code limit} organisations of each of the clusters, by cluster and id. */
	public List<Organization> findByClusters(Collection<String> clusters, int limit) {
		if (clusters.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("""
					select * from (select o.*, row_number() over (partition by cluster_id order by id) as n
					from organization o where cluster_id in (:clusters)) ranked where n <= :limit order by cluster_id, id""")
			.param("clusters", List.copyOf(clusters))
			.param("limit", limit)
			.query(OrganizationRepository::map)
			.list();
	}

	/**
	 * Up to {@code limit} organisations with ids after {@code afterId}, in id order
	 * (keyset paging).
	 */
	public List<Organization> findAfter(String afterId, int limit) {
		return jdbc.sql("select * from organization where id > ? order by id limit ?")
			.params(afterId, limit)
			.query(OrganizationRepository::map)
			.list();
	}

	public List<Organization> findAll(java.util.Collection<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from organization where id in (:ids)")
			.param("ids", ids)
			.query(OrganizationRepository::map)
			.list();
	}

	public java.util.Map<String, Long> versions() {
		java.util.Map<String, Long> versions = new java.util.HashMap<>();
		jdbc.sql("select id, version from organization").query(rs -> {
			versions.put(rs.getString(1), rs.getLong(2));
		});
		return versions;
	}

	public long count() {
		return jdbc.sql("select count(*) from organization").query(Long.class).single();
	}

	/**
	 * Member organisations per cluster id, in one query; clusters without any are absent.
	 */
	public Map<String, Long> countPerCluster() {
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql("select cluster_id, count(*) from organization where cluster_id is not null group by cluster_id")
			.query(rs -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		return counts;
	}

	public long countByCluster(String cluster) {
		return jdbc.sql("select count(*) from organization where cluster_id = ?")
			.param(cluster)
			.query(Long.class)
			.single();
	}

	public void insert(Organization o) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql(
				"""
						insert into organization (id, kind, country, city, cluster_id, size, names, descriptions, topics, interests,
						                          website, created_at, updated_at, version)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(o.id(), o.kind().code(), o.country(), o.city(), o.clusterId(), sizeCode(o.size()),
					JsonColumns.write(o.names()), JsonColumns.write(o.descriptions()), JsonColumns.write(o.topics()),
					JsonColumns.write(o.interests()), o.website(), now, now)
			.update();
	}

	/** Saves if nobody saved since {@code o.version()}; otherwise refuses. */
	public void update(Organization o) {
		int rows = jdbc.sql("""
				update organization set kind = ?, country = ?, city = ?, cluster_id = ?, size = ?, names = ?,
				       descriptions = ?, topics = ?, interests = ?, website = ?, updated_at = ?, version = version + 1
				where id = ? and version = ?""")
			.params(o.kind().code(), o.country(), o.city(), o.clusterId(), sizeCode(o.size()),
					JsonColumns.write(o.names()), JsonColumns.write(o.descriptions()), JsonColumns.write(o.topics()),
					JsonColumns.write(o.interests()), o.website(), OffsetDateTime.now(clock), o.id(), o.version())
			.update();
		if (rows == 0) {
			throw new ConcurrentEditException("organization", o.id(), o.version());
		}
	}

	public List<Contact> contacts(String organizationId) {
		return jdbc.sql("select name, email, role from contact where organization_id = ? order by position")
			.param(organizationId)
			.query((rs, n) -> new Contact(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/**
	 * Contacts of every organisation of a cluster, for the cluster-private contact list.
	 */
	public List<ContactRow> contactsOfCluster(String cluster) {
		return jdbc
			.sql("""
					select o.id, o.names, c.name, c.email, c.role from contact c join organization o on o.id = c.organization_id
					where o.cluster_id = ? order by o.id, c.position""")
			.param(cluster)
			.query((rs, n) -> new ContactRow(rs.getString(1), JsonColumns.readText(rs.getString(2)),
					new Contact(rs.getString(3), rs.getString(4), rs.getString(5))))
			.list();
	}

	public record ContactRow(String organizationId, org.kakehashi.shared.LocalizedText organizationNames,
			Contact contact) {
	}

	public void replaceContacts(String organizationId, List<Contact> contacts) {
		jdbc.sql("delete from contact where organization_id = ?").param(organizationId).update();
		for (int i = 0; i < contacts.size(); i++) {
			Contact c = contacts.get(i);
			jdbc.sql("insert into contact (organization_id, position, name, email, role) values (?, ?, ?, ?, ?)")
				.params(organizationId, i, c.name().strip(), blankToNull(c.email()), blankToNull(c.role()))
				.update();
		}
	}

	static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	static @Nullable String sizeCode(@Nullable OrganizationSize size) {
		return size == null ? null : size.code();
	}

	private static Organization map(ResultSet rs, int n) throws SQLException {
		String size = rs.getString("size");
		return new Organization(rs.getString("id"), OrganizationKind.fromCode(rs.getString("kind")),
				rs.getString("country"), rs.getString("city"), rs.getString("cluster_id"),
				size == null ? null : OrganizationSize.fromCode(size), JsonColumns.readText(rs.getString("names")),
				JsonColumns.readText(rs.getString("descriptions")), JsonColumns.readList(rs.getString("topics")),
				JsonColumns.readList(rs.getString("interests")), rs.getString("website"), rs.getLong("version"));
	}

}
