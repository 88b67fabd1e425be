package org.kakehashi.exchange.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows behind the exchange figures of a partnership: only cluster, kind and time,
 * never a title, so nothing confidential leaves the module through reports.
 */
@Repository
public class ExchangeCounts {

	private final JdbcClient jdbc;

	ExchangeCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One counted thing.
	 *
	 * @param cluster the cluster it is counted for (author, owner)
	 */
	public record Dated(String cluster, String kind, Instant at) {
	}

	/** Posts of either cluster that the other could read: shared with it, or public. */
	public List<Dated> postsBetween(String a, String b) {
		return jdbc.sql("""
				select p.cluster_id, p.kind, p.created_at from post p
				where (p.cluster_id = :a or p.cluster_id = :b)
				  and (p.public_post or exists (select 1 from post_share s where s.post_id = p.id
				    and ((p.cluster_id = :a and s.cluster_id = :b) or (p.cluster_id = :b and s.cluster_id = :a))))""")
			.param("a", a)
			.param("b", b)
			.query((rs, n) -> new Dated(rs.getString(1), rs.getString(2),
					rs.getObject(3, OffsetDateTime.class).toInstant()))
			.list();
	}

	/** Opportunities either cluster published. */
	public List<Dated> opportunitiesOf(String a, String b) {
		return jdbc
			.sql("select owner_cluster_id, opp_type, created_at from opportunity where owner_cluster_id in (?, ?)")
			.params(a, b)
			.query((rs, n) -> new Dated(rs.getString(1), rs.getString(2),
					rs.getObject(3, OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * Expressions of interest from one cluster's people in the other's opportunities,
	 * counted for the opportunity's owner.
	 */
	public List<Dated> interestsBetween(String a, String b) {
		return jdbc.sql("""
				select o.owner_cluster_id, i.state, i.created_at from opportunity_interest i
				join opportunity o on o.id = i.opportunity_id
				where (o.owner_cluster_id = :a and i.interested_cluster_id = :b)
				   or (o.owner_cluster_id = :b and i.interested_cluster_id = :a)""")
			.param("a", a)
			.param("b", b)
			.query((rs, n) -> new Dated(rs.getString(1), rs.getString(2),
					rs.getObject(3, OffsetDateTime.class).toInstant()))
			.list();
	}

}
