package org.kakehashi.shared;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the small JSON columns that hold multilingual text and lists. Stored
 * as plain text so the same schema runs on H2 and PostgreSQL; nothing queries inside them
 * (search has its own index).
 */
public final class JsonColumns {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, String>> TEXT = new TypeReference<>() {
	};

	private static final TypeReference<List<String>> LIST = new TypeReference<>() {
	};

	private JsonColumns() {
	}

	public static String write(LocalizedText text) {
		return JSON.writeValueAsString(text.values());
	}

	public static LocalizedText readText(@Nullable String json) {
		if (json == null || json.isBlank()) {
			return LocalizedText.empty();
		}
		return new LocalizedText(JSON.readValue(json, TEXT));
	}

	public static String write(List<String> list) {
		return JSON.writeValueAsString(list);
	}

	public static List<String> readList(@Nullable String json) {
		if (json == null || json.isBlank()) {
			return List.of();
		}
		return List.copyOf(JSON.readValue(json, LIST));
	}

	public static String writeObject(Object value) {
		return JSON.writeValueAsString(value);
	}

	public static <T> T readObject(String json, Class<T> type) {
		return JSON.readValue(json, type);
	}

}
