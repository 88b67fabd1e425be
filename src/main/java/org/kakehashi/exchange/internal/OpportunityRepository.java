package org.kakehashi.exchange.internal;

import static org.kakehashi.exchange.internal.PostRepository.instant;
import static org.kakehashi.exchange.internal.PostRepository.utc;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.kakehashi.exchange.DevelopmentStage;
import org.kakehashi.exchange.ExpressionOfInterest;
import org.kakehashi.exchange.InterestState;
import org.kakehashi.exchange.Opportunity;
import org.kakehashi.exchange.OpportunityType;
import org.kakehashi.shared.JsonColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The opportunity and interest tables. */
@Repository
public class OpportunityRepository {

	private final JdbcClient jdbc;

	OpportunityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(Opportunity o) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						insert into opportunity (opp_type, titles, summaries, keywords, stage, partner_sought, deadline,
						                         owner_cluster_id, owner_organization_id, created_by, created_at, updated_at, version)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(o.type().code(), JsonColumns.write(o.titles()), JsonColumns.write(o.summaries()),
					JsonColumns.write(o.keywords()), o.stage() == null ? null : o.stage().code(),
					JsonColumns.write(o.partnerSought()), o.deadline() == null ? null : Date.valueOf(o.deadline()),
					o.ownerClusterId(), o.ownerOrganizationId(), o.createdBy(), utc(o.createdAt()), utc(o.createdAt()))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	public List<Opportunity> findAll() {
		return jdbc.sql("select * from opportunity order by created_at desc, id desc")
			.query(OpportunityRepository::opportunity)
			.list();
	}

	public Optional<Opportunity> findById(long id) {
		return jdbc.sql("select * from opportunity where id = ?")
			.param(id)
			.query(OpportunityRepository::opportunity)
			.optional();
	}

	public long insertInterest(ExpressionOfInterest i) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						insert into opportunity_interest (opportunity_id, interested_username, interested_cluster_id,
						  interested_organization_id, message, state, owner_consent, interested_consent, created_at, updated_at, version)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(i.opportunityId(), i.interestedUsername(), i.interestedClusterId(), i.interestedOrganizationId(),
					i.message(), i.state().name(), i.ownerConsent(), i.interestedConsent(), utc(i.createdAt()),
					utc(i.createdAt()))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** Saves a state change if nobody changed the interest since it was read. */
	public boolean updateInterest(ExpressionOfInterest i, java.time.Instant at) {
		return jdbc.sql("""
				update opportunity_interest set state = ?, owner_consent = ?, interested_consent = ?, updated_at = ?,
				  version = version + 1
				where id = ? and version = ?""")
			.params(i.state().name(), i.ownerConsent(), i.interestedConsent(), utc(at), i.id(), i.version())
			.update() == 1;
	}

	public List<ExpressionOfInterest> interests(long opportunityId) {
		return jdbc.sql("select * from opportunity_interest where opportunity_id = ? order by created_at, id")
			.param(opportunityId)
			.query(OpportunityRepository::interest)
			.list();
	}

	/**
	 * Interest in {@code cluster}'s opportunities that the owner's side has not answered
	 * yet, newest first.
	 */
	public List<ExpressionOfInterest> unansweredInterestsOf(String cluster) {
		return jdbc.sql("""
				select i.* from opportunity_interest i join opportunity o on o.id = i.opportunity_id
				where o.owner_cluster_id = ? and i.state = 'EXPRESSED'
				order by i.created_at desc, i.id desc""").param(cluster).query(OpportunityRepository::interest).list();
	}

	public Optional<ExpressionOfInterest> interest(long id) {
		return jdbc.sql("select * from opportunity_interest where id = ?")
			.param(id)
			.query(OpportunityRepository::interest)
			.optional();
	}

	/**
	 * Opportunities whose owner names {@code username} may see because both sides agreed.
	 */
	public java.util.Set<Long> revealedTo(String username) {
		return new java.util.HashSet<>(jdbc.sql("""
				select opportunity_id from opportunity_interest where interested_username = ? and state = 'REVEALED'""")
			.param(username)
			.query(Long.class)
			.list());
	}

	public boolean hasInterest(long opportunityId, String username) {
		return jdbc
			.sql("select count(*) from opportunity_interest where opportunity_id = ? and interested_username = ?")
			.params(opportunityId, username)
			.query(Long.class)
			.single() > 0;
	}

	private static Opportunity opportunity(ResultSet rs, int n) throws SQLException {
		String stage = rs.getString("stage");
		Date deadline = rs.getDate("deadline");
		return new Opportunity(rs.getLong("id"), OpportunityType.fromCode(rs.getString("opp_type")),
				JsonColumns.readText(rs.getString("titles")), JsonColumns.readText(rs.getString("summaries")),
				JsonColumns.readList(rs.getString("keywords")), stage == null ? null : DevelopmentStage.fromCode(stage),
				JsonColumns.readText(rs.getString("partner_sought")), deadline == null ? null : deadline.toLocalDate(),
				rs.getString("owner_cluster_id"), rs.getString("owner_organization_id"), rs.getString("created_by"),
				instant(rs, "created_at"), rs.getLong("version"));
	}

	private static ExpressionOfInterest interest(ResultSet rs, int n) throws SQLException {
		return new ExpressionOfInterest(rs.getLong("id"), rs.getLong("opportunity_id"),
				rs.getString("interested_username"), rs.getString("interested_cluster_id"),
				rs.getString("interested_organization_id"), rs.getString("message"),
				InterestState.valueOf(rs.getString("state")), rs.getBoolean("owner_consent"),
				rs.getBoolean("interested_consent"), instant(rs, "created_at"), rs.getLong("version"));
	}

}
