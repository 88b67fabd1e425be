package org.kakehashi.directory.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kakehashi.shared.JsonColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code import_mapping} table: each user's last column mapping per cluster. */
@Repository
public class ImportMappings {

	private final JdbcClient jdbc;

	private final Clock clock;

	ImportMappings(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/** Header text to field, as last saved; empty if none. */
	@SuppressWarnings("unchecked")
	public Map<String, String> last(String username, String clusterKey) {
		return jdbc.sql("select mapping from import_mapping where username = ? and cluster_key = ?")
			.params(username, clusterKey)
			.query(String.class)
			.optional()
			.map(json -> (Map<String, String>) JsonColumns.readObject(json, LinkedHashMap.class))
			.orElse(Map.of());
	}

	public void save(String username, String clusterKey, Map<String, String> mapping) {
		String json = JsonColumns.writeObject(mapping);
		OffsetDateTime now = OffsetDateTime.now(clock);
		int rows = jdbc
			.sql("update import_mapping set mapping = ?, updated_at = ? where username = ? and cluster_key = ?")
			.params(json, now, username, clusterKey)
			.update();
		if (rows == 0) {
			jdbc.sql("insert into import_mapping (username, cluster_key, mapping, updated_at) values (?, ?, ?, ?)")
				.params(username, clusterKey, json, now)
				.update();
		}
	}

}
