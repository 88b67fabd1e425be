package org.kakehashi.events.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows of two ids, the second grouped by the first: a whole event's links in one query.
 */
final class IdPairs {

	private IdPairs() {
	}

	static Map<Long, Set<Long>> grouped(JdbcClient jdbc, String sql, Object param) {
		Map<Long, Set<Long>> result = new HashMap<>();
		jdbc.sql(sql).param(param).query(rs -> {
			result.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
		});
		return result;
	}

}
