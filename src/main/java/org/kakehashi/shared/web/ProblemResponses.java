package org.kakehashi.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Declares on every operation of the OpenAPI document the problem responses it can give,
 * with the {@code Problem} schema and the {@code type}s of each status from the
 * {@link ProblemType} catalogue, so a generated client knows the error bodies without
 * reading docs/api.md. Which statuses an operation can give follows from its shape: every
 * one can be unreadable, unauthorised, forbidden or fail; one with a path variable can
 * miss its target; one that changes something can be invalid or conflict.
 */
class ProblemResponses implements OpenApiCustomizer {

	static final String SCHEMA = "Problem";

	private static final String MEDIA_TYPE = "application/problem+json";

	@Override
	public void customise(OpenAPI openApi) {
		openApi.schema(SCHEMA, problemSchema());
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			for (int status : statuses(path, method, operation)) {
				add(operation, status);
			}
		}));
	}

	private static int[] statuses(String path, PathItem.HttpMethod method, Operation operation) {
		boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
		boolean target = path.contains("{");
		List<Integer> statuses = new ArrayList<>(List.of(400, 401, 403, 500));
		if (target) {
			statuses.add(404);
		}
		if (changes) {
			statuses.add(409);
			statuses.add(422);
		}
		if (operation.getRequestBody() != null) {
			statuses.add(415);
		}
		return statuses.stream().mapToInt(Integer::intValue).sorted().toArray();
	}

	private static void add(Operation operation, int status) {
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		operation.setResponses(responses);
		String code = String.valueOf(status);
		ApiResponse response = responses.get(code);
		if (response == null) {
			response = new ApiResponse().description(description(status));
			responses.addApiResponse(code, response);
		}
		// springdoc gives a declared error response the operation's success body; an
		// error
		// answers a problem instead
		if (response.getContent() == null || response.getContent().get(MEDIA_TYPE) == null) {
			response.setContent(new Content().addMediaType(MEDIA_TYPE,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))));
		}
	}

	/** The types a status can carry, e.g. "409: wrong-state, concurrent-edit, …". */
	static String description(int status) {
		StringBuilder types = new StringBuilder();
		for (ProblemType type : ProblemType.values()) {
			if (type.status().value() == status) {
				types.append(types.isEmpty() ? "" : ", ").append(type.uri());
			}
		}
		return types.isEmpty() ? "Problem" : "Problem: " + types;
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		Map<String, Schema> field = new TreeMap<>();
		field.put("field", new StringSchema().description("the field in the API's terms, e.g. contacts[1].email"));
		field.put("code", new StringSchema().description("what is wrong, e.g. required, type, invalid"));
		field.put("message", new StringSchema().description("what is wrong, in English"));
		Map<String, Schema> properties = new TreeMap<>();
		properties.put("type", new StringSchema().description("urn:kakehashi:problem:…, see docs/api.md"));
		properties.put("title", new StringSchema());
		properties.put("status", new IntegerSchema());
		properties.put("detail", new StringSchema());
		properties.put("instance", new StringSchema());
		properties.put("errors", new ArraySchema().items(new ObjectSchema().properties(field))
			.description("the fields concerned (bad-request, validation, duplicate)"));
		properties.put("state", new StringSchema().description("the target's state (wrong-state)"));
		properties.put("kind", new StringSchema().description("what was not found, e.g. event (not-found)"));
		properties.put("id", new StringSchema().description("the id that was not found (not-found)"));
		return new ObjectSchema().properties(properties)
			.required(List.of("type", "title", "status"))
			.description("An RFC 9457 problem detail (docs/api.md)");
	}

}
