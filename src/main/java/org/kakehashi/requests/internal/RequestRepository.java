package org.kakehashi.requests.internal;

import java.time.Clock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kakehashi.requests.EntryRequest;
import org.kakehashi.requests.Feedback;
import org.kakehashi.requests.RequestOutcome;
import org.kakehashi.requests.RequestState;
import org.kakehashi.requests.RequestType;
import org.kakehashi.requests.ServiceClock;
import org.kakehashi.shared.ConcurrentEditException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code entry_request} table; optimistic locking on {@code version}. */
@Repository
public class RequestRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	RequestRepository(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	public Optional<EntryRequest> findById(String id) {
		return jdbc.sql("select * from entry_request where id = ?").param(id).query(RequestRepository::map).optional();
	}

	/**
	 * Candidates a user may see: requests of their organisation, or touching their
	 * cluster as home or partner. {@code RequestAccess} still filters each one; this only
	 * keeps the query small.
	 */
	public List<EntryRequest> findTouching(@Nullable String organization, @Nullable String cluster) {
		if (organization == null && cluster == null) {
			return List.of();
		}
		// Only the conditions that apply: a placeholder value for "none" would have to be
		// a string no
		// id can be, and PostgreSQL refuses the usual candidate (NUL) in text.
		List<String> conditions = new java.util.ArrayList<>();
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		if (organization != null) {
			conditions.add("requester_org = :org");
			params.put("org", organization);
		}
		if (cluster != null) {
			conditions.add("home_cluster = :cluster or partner_cluster = :cluster");
			params.put("cluster", cluster);
		}
		return jdbc
			.sql("select * from entry_request where " + String.join(" or ", conditions)
					+ " order by home_started_at desc, id")
			.params(params)
			.query(RequestRepository::map)
			.list();
	}

	/** Requests waiting for a first response whose clock is due by {@code before}. */
	public List<EntryRequest> findOpenDueBefore(Instant before) {
		return jdbc.sql("""
				select * from entry_request
				where (state = 'submitted' and home_due_at <= :before)
				   or (state = 'forwarded' and partner_due_at <= :before)
				order by id""").param("before", utc(before)).query(RequestRepository::map).list();
	}

	/** A request that became handled: what commitment evidence needs, no content. */
	public record Handled(String id, RequestType type, LocalDate on) {
	}

	/**
	 * Requests between two clusters (either way round) that became handled in
	 * {@code [from, to]}.
	 */
	public List<Handled> handledBetween(String party, String partner, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select id, type, handled_on from entry_request
				where handled_on between :from and :to
				  and ((home_cluster = :a and partner_cluster = :b) or (home_cluster = :b and partner_cluster = :a))
				order by handled_on, id""")
			.param("from", from)
			.param("to", to)
			.param("a", party)
			.param("b", partner)
			.query((rs, n) -> new Handled(rs.getString("id"), RequestType.fromCode(rs.getString("type")),
					rs.getObject("handled_on", LocalDate.class)))
			.list();
	}

	/**
	 * A request between two partner clusters as reports count it: no title, no requester,
	 * no introduced organisation.
	 */
	public record Counted(String homeCluster, RequestState state, ServiceClock homeClock,
			@Nullable ServiceClock partnerClock, @Nullable RequestOutcome outcome, int introductions) {
	}

	/**
	 * Requests one cluster's members filed toward the other (target or forwarded to it),
	 * either way round.
	 */
	public List<Counted> countedBetween(String a, String b) {
		return jdbc.sql("""
				select r.*, (select count(*) from request_introduction x where x.request_id = r.id) as introduced
				from entry_request r
				where (r.home_cluster = :a and (r.target_cluster = :b or r.partner_cluster = :b))
				   or (r.home_cluster = :b and (r.target_cluster = :a or r.partner_cluster = :a))""")
			.param("a", a)
			.param("b", b)
			.query((rs, n) -> {
				EntryRequest r = map(rs, n);
				return new Counted(r.homeCluster(), r.state(), r.homeClock(), r.partnerClock(), r.outcome(),
						rs.getInt("introduced"));
			})
			.list();
	}

	public @Nullable LocalDate handledOn(String id) {
		return jdbc.sql("select handled_on from entry_request where id = ?").param(id).query(LocalDate.class).single();
	}

	public long count() {
		return jdbc.sql("select count(*) from entry_request").query(Long.class).single();
	}

	public void insert(EntryRequest r) {
		jdbc.sql("""
				insert into entry_request (id, type, title, description, requester_org, filed_by, home_cluster,
				  target_cluster, state, home_started_at, home_due_at, updated_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(r.id(), r.type().code(), r.title(), r.description(), r.requesterOrganization(), r.filedBy(),
					r.homeCluster(), r.targetCluster(), r.state().code(), utc(r.homeClock().startedAt()),
					utc(r.homeClock().dueAt()), OffsetDateTime.now(clock))
			.update();
	}

	/** Saves every changeable field; {@code handledOn} is kept once set. */
	public EntryRequest update(EntryRequest r, @Nullable LocalDate handledOn) {
		ServiceClock p = r.partnerClock();
		Feedback f = r.feedback();
		int rows = jdbc.sql("""
				update entry_request set partner_cluster = ?, agreement_id = ?, state = ?, home_responded_at = ?,
				  partner_started_at = ?, partner_due_at = ?, partner_responded_at = ?, decline_reason = ?, outcome = ?,
				  feedback_rating = ?, feedback_comment = ?, feedback_author = ?, feedback_at = ?, assignee = ?,
				  handled_on = coalesce(handled_on, ?), updated_at = ?, version = version + 1
				where id = ? and version = ?""")
			.params(r.partnerCluster(), r.agreementId(), r.state().code(), utc(r.homeClock().respondedAt()),
					p == null ? null : utc(p.startedAt()), p == null ? null : utc(p.dueAt()),
					p == null ? null : utc(p.respondedAt()), r.declineReason(),
					r.outcome() == null ? null : r.outcome().code(), f == null ? null : f.rating(),
					f == null ? null : f.comment(), f == null ? null : f.author(), f == null ? null : utc(f.at()),
					r.assignee(), handledOn, OffsetDateTime.now(clock), r.id(), r.version())
			.update();
		if (rows != 1) {
			throw new ConcurrentEditException("request", r.id(), r.version());
		}
		return findById(r.id()).orElseThrow();
	}

	static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}

	private static EntryRequest map(ResultSet rs, int row) throws SQLException {
		Instant partnerStarted = instant(rs, "partner_started_at");
		ServiceClock partner = partnerStarted == null ? null
				: new ServiceClock(partnerStarted, instant(rs, "partner_due_at"), instant(rs, "partner_responded_at"));
		Feedback feedback = rs.getObject("feedback_rating") == null ? null : new Feedback(rs.getInt("feedback_rating"),
				rs.getString("feedback_comment"), rs.getString("feedback_author"), instant(rs, "feedback_at"));
		String outcome = rs.getString("outcome");
		return new EntryRequest(rs.getString("id"), RequestType.fromCode(rs.getString("type")), rs.getString("title"),
				rs.getString("description"), rs.getString("requester_org"), rs.getString("filed_by"),
				rs.getString("home_cluster"), rs.getString("target_cluster"), rs.getString("partner_cluster"),
				rs.getString("agreement_id"), RequestState.fromCode(rs.getString("state")),
				new ServiceClock(instant(rs, "home_started_at"), instant(rs, "home_due_at"),
						instant(rs, "home_responded_at")),
				partner, rs.getString("decline_reason"), outcome == null ? null : RequestOutcome.fromCode(outcome),
				feedback, rs.getString("assignee"), rs.getLong("version"));
	}

}
