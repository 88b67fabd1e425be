package org.kakehashi.thesaurus.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kakehashi.shared.JsonColumns;
import org.kakehashi.thesaurus.Concept;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code thesaurus_concept} and {@code thesaurus_label} tables: administrators'
 * additions.
 */
@Repository
public class AdditionRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	AdditionRepository(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/** Every addition as a concept to merge (labels in the order they were added). */
	public List<Concept> additions() {
		Map<String, String> groups = new LinkedHashMap<>();
		Map<String, List<String>> broader = new LinkedHashMap<>();
		jdbc.sql("select id, group_id, broader from thesaurus_concept order by added_at, id").query(rs -> {
			groups.put(rs.getString(1), rs.getString(2));
			broader.put(rs.getString(1), JsonColumns.readList(rs.getString(3)));
		});
		Map<String, Map<String, List<String>>> labels = new LinkedHashMap<>();
		jdbc.sql("select concept_id, lang, label from thesaurus_label order by id").query(rs -> {
			labels.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
				.computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
				.add(rs.getString(3));
		});
		Set<String> ids = new LinkedHashSet<>(groups.keySet());
		ids.addAll(labels.keySet());
		List<Concept> result = new ArrayList<>();
		for (String id : ids) {
			result.add(new Concept(id, groups.getOrDefault(id, ""), labels.getOrDefault(id, Map.of()),
					broader.getOrDefault(id, List.of())));
		}
		return result;
	}

	public Optional<List<String>> broaderOf(String id) {
		return jdbc.sql("select broader from thesaurus_concept where id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.map(JsonColumns::readList);
	}

	public void saveConcept(String id, String group, List<String> broader, String by) {
		int rows = jdbc.sql("update thesaurus_concept set broader = ? where id = ?")
			.params(JsonColumns.write(broader), id)
			.update();
		if (rows == 0) {
			jdbc.sql("insert into thesaurus_concept (id, group_id, broader, added_by, added_at) values (?, ?, ?, ?, ?)")
				.params(id, group, JsonColumns.write(broader), by, OffsetDateTime.now(clock))
				.update();
		}
	}

	public void addLabel(String conceptId, String lang, String label, String by) {
		jdbc.sql("insert into thesaurus_label (concept_id, lang, label, added_by, added_at) values (?, ?, ?, ?, ?)")
			.params(conceptId, lang, label, by, OffsetDateTime.now(clock))
			.update();
	}

}
