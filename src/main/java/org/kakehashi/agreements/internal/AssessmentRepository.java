package org.kakehashi.agreements.internal;

import java.sql.Date;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kakehashi.agreements.Assessment;
import org.kakehashi.agreements.CommitmentState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Managers' assessments of commitments, one per commitment and period (a new one replaces
 * the old).
 */
@Repository
public class AssessmentRepository {

	private final JdbcClient jdbc;

	AssessmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Assessment> of(String agreementId) {
		return jdbc.sql("""
				select position, period_start, verdict, note, assessed_by, assessed_at
				from commitment_assessment where agreement_id = ? order by position, period_start""")
			.param(agreementId)
			.query((rs, n) -> new Assessment(rs.getInt(1), rs.getDate(2).toLocalDate(),
					CommitmentState.fromCode(rs.getString(3)), rs.getString(4), rs.getString(5),
					rs.getObject(6, OffsetDateTime.class).toInstant()))
			.list();
	}

	/** The assessments of many agreements in one query, by agreement id. */
	public Map<String, List<Assessment>> of(Collection<String> agreementIds) {
		Map<String, List<Assessment>> byAgreement = new HashMap<>();
		if (agreementIds.isEmpty()) {
			return byAgreement;
		}
		jdbc.sql(
				"""
						select agreement_id, position, period_start, verdict, note, assessed_by, assessed_at
						from commitment_assessment where agreement_id in (:ids) order by agreement_id, position, period_start""")
			.param("ids", List.copyOf(agreementIds))
			.query(rs -> {
				byAgreement.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
					.add(new Assessment(rs.getInt(2), rs.getDate(3).toLocalDate(),
							CommitmentState.fromCode(rs.getString(4)), rs.getString(5), rs.getString(6),
							rs.getObject(7, OffsetDateTime.class).toInstant()));
			});
		return byAgreement;
	}

	public void save(String agreementId, Assessment a) {
		jdbc.sql("delete from commitment_assessment where agreement_id = ? and position = ? and period_start = ?")
			.params(agreementId, a.commitment(), Date.valueOf(a.periodStart()))
			.update();
		jdbc.sql(
				"""
						insert into commitment_assessment (agreement_id, position, period_start, verdict, note, assessed_by, assessed_at)
						values (?, ?, ?, ?, ?, ?, ?)""")
			.params(agreementId, a.commitment(), Date.valueOf(a.periodStart()), a.verdict().code(), a.note(),
					a.assessedBy(), a.assessedAt().atOffset(ZoneOffset.UTC))
			.update();
	}

}
