package org.kakehashi.agreements.internal;

import java.time.Clock;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kakehashi.agreements.Agreement;
import org.kakehashi.agreements.AgreementKind;
import org.kakehashi.agreements.Commitment;
import org.kakehashi.agreements.CommitmentKind;
import org.kakehashi.agreements.CommitmentPeriod;
import org.kakehashi.agreements.CommitmentRule;
import org.kakehashi.agreements.DatePrecision;
import org.kakehashi.agreements.Signatory;
import org.kakehashi.shared.JsonColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The agreement tables. Lists load parties, signatories and commitments with one query
 * each for all agreements, not one per agreement.
 */
@Repository
public class AgreementRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	AgreementRepository(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	public List<Agreement> findAll() {
		return assemble(
				jdbc.sql("select * from agreement order by signed_on, id").query(AgreementRepository::head).list());
	}

	public Optional<Agreement> findById(String id) {
		return assemble(
				jdbc.sql("select * from agreement where id = ?").param(id).query(AgreementRepository::head).list())
			.stream()
			.findFirst();
	}

	/** Whether a signed agreement has both clusters among its parties. */
	public boolean signedBetween(String a, String b) {
		return jdbc.sql("""
				select count(*) from agreement g
				where g.signed_on is not null
				  and exists (select 1 from agreement_party p where p.agreement_id = g.id and p.party_id = ?)
				  and exists (select 1 from agreement_party p where p.agreement_id = g.id and p.party_id = ?)""")
			.params(a, b)
			.query(Long.class)
			.single() > 0;
	}

	/** Ids of agreements that renew {@code id}. */
	public List<String> successorsOf(String id) {
		return jdbc.sql("select id from agreement where renews_id = ? order by signed_on")
			.param(id)
			.query(String.class)
			.list();
	}

	/** For every renewed agreement, the ids of the agreements that renew it. */
	public Map<String, List<String>> successors() {
		Map<String, List<String>> map = new HashMap<>();
		jdbc.sql("select renews_id, id from agreement where renews_id is not null order by signed_on").query(rs -> {
			map.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
		});
		return map;
	}

	public void insert(Agreement a) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql(
				"""
						insert into agreement (id, kind, titles, summaries, full_texts, signed_on, signed_precision, signed_place,
						                       occasion, starts_on, ends_on, renews_id, programme, created_at, updated_at, version)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(a.id(), a.kind().code(), JsonColumns.write(a.titles()), JsonColumns.write(a.summaries()),
					JsonColumns.write(a.fullTexts()), date(a.signedOn()), a.signedPrecision().name(), a.signedPlace(),
					a.occasion(), date(a.startsOn()), date(a.endsOn()), a.renewsId(), a.programme(), now, now)
			.update();
		insertChildren(a);
	}

	/**
	 * Saves {@code a} over the stored version {@code a.version()}; false when someone
	 * else saved since (the version moved on), so the caller can refuse instead of
	 * overwriting.
	 */
	public boolean update(Agreement a) {
		int rows = jdbc.sql("""
				update agreement set kind = ?, titles = ?, summaries = ?, full_texts = ?, signed_on = ?,
				       signed_precision = ?, signed_place = ?, occasion = ?, starts_on = ?, ends_on = ?, programme = ?,
				       updated_at = ?, version = version + 1
				where id = ? and version = ?""")
			.params(a.kind().code(), JsonColumns.write(a.titles()), JsonColumns.write(a.summaries()),
					JsonColumns.write(a.fullTexts()), date(a.signedOn()), a.signedPrecision().name(), a.signedPlace(),
					a.occasion(), date(a.startsOn()), date(a.endsOn()), a.programme(), OffsetDateTime.now(clock),
					a.id(), a.version())
			.update();
		if (rows == 0) {
			return false;
		}
		for (String table : List.of("agreement_party", "agreement_signatory", "commitment")) {
			jdbc.sql("delete from " + table + " where agreement_id = ?").param(a.id()).update();
		}
		insertChildren(a);
		return true;
	}

	private void insertChildren(Agreement a) {
		for (int i = 0; i < a.parties().size(); i++) {
			jdbc.sql("insert into agreement_party (agreement_id, position, party_id) values (?, ?, ?)")
				.params(a.id(), i, a.parties().get(i))
				.update();
		}
		for (int i = 0; i < a.signatories().size(); i++) {
			Signatory s = a.signatories().get(i);
			jdbc.sql("""
					insert into agreement_signatory (agreement_id, position, name, function, party_id, capacity)
					values (?, ?, ?, ?, ?, ?)""")
				.params(a.id(), i, s.name(), s.function(), s.partyId(), s.capacity().name())
				.update();
		}
		for (Commitment c : a.commitments()) {
			CommitmentRule r = c.rule();
			jdbc.sql("""
					insert into commitment (agreement_id, position, kind, texts, rule_minimum, rule_period, rule_events)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(a.id(), c.number(), c.kind().code(), JsonColumns.write(c.text()),
						r == null ? null : r.minimum(), r == null ? null : r.period().code(),
						r == null ? null : JsonColumns.write(r.atEvents()))
				.update();
		}
	}

	private static final int FEW = 100;

	private List<Agreement> assemble(List<Head> heads) {
		if (heads.isEmpty()) {
			return List.of();
		}
		// a few agreements read their own rows; many read the tables whole
		boolean few = heads.size() <= FEW;
		String only = few ? " where agreement_id in (:ids)" : "";
		Map<String, Object> ids = few ? Map.of("ids", heads.stream().map(Head::id).toList()) : Map.of();
		Map<String, List<String>> parties = new HashMap<>();
		jdbc.sql("select agreement_id, party_id from agreement_party" + only + " order by agreement_id, position")
			.params(ids)
			.query(rs -> {
				parties.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
			});
		Map<String, List<Signatory>> signatories = new HashMap<>();
		jdbc.sql("select agreement_id, name, function, party_id, capacity from agreement_signatory" + only
				+ " order by agreement_id, position")
			.params(ids)
			.query(rs -> {
				signatories.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
					.add(new Signatory(rs.getString(2), rs.getString(3), rs.getString(4),
							Signatory.Capacity.valueOf(rs.getString(5))));
			});
		Map<String, List<Commitment>> commitments = new HashMap<>();
		jdbc.sql("select agreement_id, position, kind, texts, rule_minimum, rule_period, rule_events from commitment"
				+ only + " order by agreement_id, position")
			.params(ids)
			.query(rs -> {
				commitments.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
					.add(new Commitment(rs.getInt(2), CommitmentKind.fromCode(rs.getString(3)),
							JsonColumns.readText(rs.getString(4)), rule(rs)));
			});
		return heads.stream()
			.map(h -> new Agreement(h.id, h.kind, h.titles, h.summaries, h.fullTexts, h.signedOn, h.precision, h.place,
					h.occasion, h.startsOn, h.endsOn, h.renewsId, h.programme, parties.getOrDefault(h.id, List.of()),
					signatories.getOrDefault(h.id, List.of()), commitments.getOrDefault(h.id, List.of()), h.version))
			.toList();
	}

	private static @Nullable CommitmentRule rule(ResultSet rs) throws SQLException {
		int minimum = rs.getInt(5);
		if (rs.wasNull() || rs.getString(6) == null) {
			return null;
		}
		return new CommitmentRule(minimum, CommitmentPeriod.fromCode(rs.getString(6)),
				JsonColumns.readList(rs.getString(7)));
	}

	private record Head(String id, AgreementKind kind, org.kakehashi.shared.LocalizedText titles,
			org.kakehashi.shared.LocalizedText summaries, org.kakehashi.shared.LocalizedText fullTexts,
			@Nullable LocalDate signedOn, DatePrecision precision, @Nullable String place, @Nullable String occasion,
			@Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable String renewsId,
			@Nullable String programme, long version) {
	}

	private static Head head(ResultSet rs, int n) throws SQLException {
		return new Head(rs.getString("id"), AgreementKind.fromCode(rs.getString("kind")),
				JsonColumns.readText(rs.getString("titles")), JsonColumns.readText(rs.getString("summaries")),
				JsonColumns.readText(rs.getString("full_texts")), local(rs.getDate("signed_on")),
				DatePrecision.valueOf(rs.getString("signed_precision")), rs.getString("signed_place"),
				rs.getString("occasion"), local(rs.getDate("starts_on")), local(rs.getDate("ends_on")),
				rs.getString("renews_id"), rs.getString("programme"), rs.getLong("version"));
	}

	private static @Nullable LocalDate local(@Nullable Date date) {
		return date == null ? null : date.toLocalDate();
	}

	private static @Nullable Date date(@Nullable LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}

}
