package org.kakehashi.reports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kakehashi.reports.CooperationOutcome;
import org.kakehashi.reports.OutcomeKind;
import org.kakehashi.reports.OutcomeSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cooperation outcomes in {@code cooperation_outcome}. */
@Repository
public class OutcomeRepository {

	private final JdbcClient jdbc;

	OutcomeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(CooperationOutcome o) {
		jdbc.sql("""
				insert into cooperation_outcome (kind, organization_id, cluster_id, partner_organization_id,
				  partner_cluster_id, source, source_ref, happened_on, may_be_named, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(o.kind().code(), o.organizationId(), o.clusterId(), o.partnerOrganizationId(), o.partnerClusterId(),
					o.source().code(), o.sourceRef(), o.happenedOn(), o.mayBeNamed(), o.recordedBy(),
					o.recordedAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	/** Outcomes of an organisation (as either side), or of a cluster, newest first. */
	public List<CooperationOutcome> find(@Nullable String organization, @Nullable String cluster) {
		if (organization != null) {
			return jdbc.sql("""
					select * from cooperation_outcome where organization_id = ? or partner_organization_id = ?
					order by happened_on desc, id desc""").params(organization, organization).query(this::map).list();
		}
		if (cluster != null) {
			return jdbc.sql("""
					select * from cooperation_outcome where cluster_id = ? or partner_cluster_id = ?
					order by happened_on desc, id desc""").params(cluster, cluster).query(this::map).list();
		}
		return jdbc.sql("select * from cooperation_outcome order by happened_on desc, id desc").query(this::map).list();
	}

	/** Outcomes between organisations of the two clusters, either way round. */
	public List<CooperationOutcome> between(String a, String b) {
		return jdbc.sql("""
				select * from cooperation_outcome
				where (cluster_id = :a and partner_cluster_id = :b) or (cluster_id = :b and partner_cluster_id = :a)""")
			.param("a", a)
			.param("b", b)
			.query(this::map)
			.list();
	}

	/**
	 * Whether an outcome of this meeting or request was recorded for the organisation.
	 */
	public boolean answered(OutcomeSource source, String sourceRef, String organization) {
		return jdbc.sql("""
				select count(*) from cooperation_outcome
				where source = ? and source_ref = ? and organization_id = ?""")
			.params(source.code(), sourceRef, organization)
			.query(Long.class)
			.single() > 0;
	}

	public long count() {
		return jdbc.sql("select count(*) from cooperation_outcome").query(Long.class).single();
	}

	private CooperationOutcome map(ResultSet rs, int row) throws SQLException {
		return new CooperationOutcome(rs.getLong("id"), OutcomeKind.fromCode(rs.getString("kind")),
				rs.getString("organization_id"), rs.getString("cluster_id"), rs.getString("partner_organization_id"),
				rs.getString("partner_cluster_id"), OutcomeSource.fromCode(rs.getString("source")),
				rs.getString("source_ref"), rs.getObject("happened_on", LocalDate.class), rs.getBoolean("may_be_named"),
				rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
	}

}
