package org.kakehashi.api;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import com.jayway.jsonpath.JsonPath;

/**
 * Drives every operation of the OpenAPI document with generated input, valid and invalid,
 * over real HTTP, and counts what would be a defect: a 5xx, a request without an answer,
 * and a 4xx that is not an RFC 9457 problem with a {@code type}.
 *
 * <p>
 * Inputs are drawn from the document itself: path and query parameters by their schema
 * (ids of the demo data, junk, wrong types, overlong and undecodable values), bodies
 * generated from the request schema and then, most of the time, broken (a required field
 * dropped, a field of the wrong type, overlong text, lone surrogates, malformed JSON, a
 * wrong content type, an empty body). A seeded {@link Random} makes a run repeatable.
 *
 * <p>
 * In {@linkplain Mode#SAFE safe} mode (the test suite, which shares one demo database) no
 * request can change data: reads take any input, writes are sent only with bodies that
 * cannot be read as the operation's input, and operations that act without a body only on
 * ids that do not exist. {@linkplain Mode#FULL Full} mode (the benchmark, against a
 * throw-away instance) also sends valid writes.
 */
public final class ApiFuzzer {

	/** What a run may send. */
	public enum Mode {

		SAFE, FULL

	}

	/** Counts of one run, and the first few defects with what caused them. */
	public record Result(int requests, Map<Integer, Integer> statuses, int serverErrors, int notProblems, int noAnswer,
			List<String> defects) {

		public boolean passed() {
			return serverErrors == 0 && notProblems == 0 && noAnswer == 0;
		}

		public String summary() {
			return requests + " requests; statuses " + statuses + "; 5xx " + serverErrors
					+ ", 4xx without a problem type " + notProblems + ", no answer " + noAnswer
					+ (defects.isEmpty() ? "" : "; first defects:\n  " + String.join("\n  ", defects));
		}

	}

	private record Parameter(String name, String in, boolean required, Map<String, Object> schema) {
	}

	private record Operation(String method, String path, List<Parameter> parameters, Map<String, Object> bodySchema,
			List<String> bodyTypes, boolean bodyRequired) {

		boolean reads() {
			return method.equals("GET");
		}

	}

	private record Sent(String method, String uri, String contentType, String body, String key) {

		String describe() {
			return method + " " + uri + (contentType == null ? "" : " [" + contentType + "] ")
					+ (body == null ? "" : abbreviate(body));
		}

	}

	private static final List<String> WORDS = List.of("antibody", "Zelltherapie", "再生医療", "GmbH", "株式会社", "biom",
			"obhq", "kawasaki", "lsn", "fbri", "bio-europe-2026", "biom-0001", "obhq-0002", "kawasaki-0001",
			"biom-obhq-2022", "biom-kawasaki-2020", "lsn-fbri-2016", "manager.biom", "member.osaka", "partnering",
			"Europe/Berlin", "Asia/Tokyo", "DE", "JP", "de", "en", "ja", "de-ja", "accept", "decline", "forward",
			"introduce", "close", "2026", "2027-03-10", "2027-03-10T09:00:00", "2027-03-10T09:00:00+01:00", "09:00",
			"open", "pending", "market-entry", "licensing", "Ünïcödé ß", "ｶﾀｶﾅ", "🙂");

	private static final List<String> JUNK = List.of("", " ", "null", "-1", "0", "1e309", "99999999999999999999", "NaN",
			"true", "[]", "{}", "..", "../../etc/passwd", "%00", "a%ffb", "<script>alert(1)</script>", "' or 1=1 --",
			"\u0000", "\ud800", "x".repeat(5000), "ja-JP-x-private", "2026-02-30", "25:61", "2026-13-01T00:00:00",
			"Mars/Olympus_Mons", "😀".repeat(300));

	private final List<Operation> operations;

	private final Map<String, Object> components;

	private final Transport transport;

	private final Mode mode;

	private final Random random;

	private final List<String> keys;

	/**
	 * @param openApi the document as served at {@code /api/openapi.json}
	 * @param keys API keys to send as (null for no key); the first is used most
	 */
	public ApiFuzzer(String openApi, Transport transport, Mode mode, long seed, List<String> keys) {
		Map<String, Object> doc = JsonPath.parse(openApi).json();
		this.components = map(map(doc.get("components")).get("schemas"));
		this.operations = operations(map(doc.get("paths")));
		this.transport = transport;
		this.mode = mode;
		this.random = new Random(seed);
		this.keys = new ArrayList<>(keys);
	}

	/** How many operations the document has (each is driven). */
	public int operationCount() {
		return operations.size();
	}

	public Result run(int requests) {
		Map<Integer, Integer> statuses = new TreeMap<>();
		List<String> defects = new ArrayList<>();
		int serverErrors = 0;
		int notProblems = 0;
		int noAnswer = 0;
		for (int i = 0; i < requests; i++) {
			// round-robin over the operations, so that every one is driven as often
			Operation op = operations.get(i % operations.size());
			Sent sent = request(op);
			Transport.Answer answer;
			try {
				answer = transport.send(sent.method(), sent.uri(), sent.contentType(), sent.body(), sent.key());
			}
			catch (IOException ex) {
				noAnswer++;
				note(defects, "no answer (" + ex.getMessage() + "): " + sent.describe());
				continue;
			}
			statuses.merge(answer.status(), 1, Integer::sum);
			if (answer.status() >= 500) {
				serverErrors++;
				note(defects, answer.status() + ": " + sent.describe());
			}
			else if (answer.status() >= 400 && !isProblem(answer)) {
				notProblems++;
				note(defects,
						answer.status() + " without a problem type (" + answer.contentType() + "): " + sent.describe());
			}
		}
		return new Result(requests, statuses, serverErrors, notProblems, noAnswer, defects);
	}

	private static boolean isProblem(Transport.Answer answer) {
		return answer.contentType() != null && answer.contentType().startsWith("application/problem+json")
				&& answer.body().contains("\"type\"");
	}

	private static void note(List<String> defects, String defect) {
		if (defects.size() < 20) {
			defects.add(defect);
		}
	}

	// ----- one request -----

	private Sent request(Operation op) {
		// safe mode: no write may find its target, and writes carry only unreadable
		// bodies;
		// in full mode too for the run's own credentials (keys, users), or it locks
		// itself
		// out
		boolean safe = mode == Mode.SAFE || op.path().startsWith("/api/v1/api-keys")
				|| op.path().startsWith("/api/v1/users");
		boolean missingTarget = safe && !op.reads();
		String path = op.path();
		StringBuilder query = new StringBuilder();
		for (Parameter p : op.parameters()) {
			if (p.in().equals("path")) {
				String value = missingTarget ? absentId(p) : pathValue(p);
				path = path.replace("{" + p.name() + "}", encodePath(value));
			}
			else if (p.in().equals("query") && (p.required() || random.nextInt(3) > 0)) {
				query.append(query.isEmpty() ? "?" : "&")
					.append(p.name())
					.append('=')
					.append(encodeQuery(value(p.schema(), 0, random.nextInt(3) == 0)));
			}
		}
		if (random.nextInt(20) == 0) {
			// an unknown and a repeated parameter
			query.append(query.isEmpty() ? "?" : "&").append("unknown=1&unknown=2");
		}
		String uri = path + query;
		String key = key();
		if (op.reads()) {
			return new Sent(op.method(), uri, null, null, key);
		}
		if (op.bodySchema() == null) {
			return new Sent(op.method(), uri, random.nextBoolean() ? "application/json" : null,
					random.nextBoolean() ? null : "{}", key);
		}
		String type = op.bodyTypes().get(0);
		if (!safe && random.nextInt(3) == 0) {
			return new Sent(op.method(), uri, type, json(generate(op.bodySchema(), 0, false)), key);
		}
		return broken(op, uri, type, key, safe);
	}

	/**
	 * A body that cannot be read as the operation's input (cases 0 to 6); in full mode
	 * also bodies that can be read but may be refused (7 to 11).
	 */
	private Sent broken(Operation op, String uri, String type, String key, boolean safe) {
		String valid = json(generate(op.bodySchema(), 0, false));
		String schemaType = type(resolve(op.bodySchema()));
		boolean hasProperties = !map(resolve(op.bodySchema()).get("properties")).isEmpty();
		String truncated = valid.length() < 2 ? "{" : valid.substring(0, valid.length() / 2);
		String body = switch (random.nextInt(safe ? 7 : 12)) {
			case 0 -> truncated;
			case 1 -> "";
			case 2 -> schemaType.equals("object") ? "[" + valid + "]" : truncated;
			case 3 -> schemaType.equals("object") || schemaType.equals("array")
					? "\"" + "x".repeat(random.nextInt(100)) + "\"" : truncated;
			case 4 -> {
				type = "application/xml";
				yield "<a>" + valid + "</a>";
			}
			case 5 -> "[".repeat(5000);
			case 6 -> hasProperties ? wrongTypes(op.bodySchema()) : truncated;
			case 7 -> {
				type = "text/plain; charset=UTF-8";
				yield valid;
			}
			case 8 -> valid.startsWith("{") && valid.length() > 2 ? "{\"\\ud800\": \"\\ud800\", " + valid.substring(1)
					: "\"\\ud800\"";
			case 9 -> json(generate(op.bodySchema(), 0, true));
			case 10 -> json(withoutOneRequired(op.bodySchema()));
			default -> valid.replace("\"", "\"" + "long ".repeat(3000));
		};
		return new Sent(op.method(), uri, type, body, key);
	}

	/** Every property of the body with a value of the wrong JSON type. */
	private String wrongTypes(Map<String, Object> schema) {
		Map<String, Object> properties = map(resolve(schema).get("properties"));
		Map<String, Object> body = new LinkedHashMap<>();
		properties.forEach((name, property) -> body.put(name, wrongTypeFor(resolve(map(property)))));
		return json(body);
	}

	private Object wrongTypeFor(Map<String, Object> schema) {
		String type = type(schema);
		return switch (type) {
			case "string" -> List.of(Map.of("not", "a string"));
			case "integer", "number" -> Map.of("not", "a number");
			case "boolean" -> List.of("not", "a boolean");
			case "array" -> Map.of("not", "an array");
			default -> List.of(12345, "not an object");
		};
	}

	private Map<String, Object> withoutOneRequired(Map<String, Object> schema) {
		Object generated = generate(schema, 0, false);
		if (generated instanceof Map<?, ?> m && !m.isEmpty()) {
			Map<String, Object> copy = new LinkedHashMap<>();
			m.forEach((k, v) -> copy.put(String.valueOf(k), v));
			List<String> required = strings(resolve(schema).get("required"));
			String drop = required.isEmpty() ? copy.keySet().iterator().next()
					: required.get(random.nextInt(required.size()));
			copy.remove(drop);
			return copy;
		}
		return Map.of();
	}

	private String key() {
		// no key now and then (401); never a wrong one, which would throttle the whole
		// run
		int pick = random.nextInt(20);
		if (pick == 0) {
			return null;
		}
		return keys.get(pick < 12 ? 0 : random.nextInt(keys.size()));
	}

	private String pathValue(Parameter p) {
		if (random.nextInt(4) == 0) {
			return JUNK.get(random.nextInt(JUNK.size()));
		}
		return value(p.schema(), 0, false);
	}

	/** An id no row has: numbers far beyond any sequence, words no id has. */
	private String absentId(Parameter p) {
		String type = type(resolve(p.schema()));
		if (type.equals("integer") || type.equals("number")) {
			return String.valueOf(900_000_000_000L + random.nextInt(1_000_000));
		}
		return "fuzz-absent-" + random.nextInt(1_000_000);
	}

	// ----- values from schemas -----

	private String value(Map<String, Object> schema, int depth, boolean wild) {
		if (wild) {
			return JUNK.get(random.nextInt(JUNK.size()));
		}
		Object v = generate(schema, depth, false);
		return v instanceof String s ? s : json(v);
	}

	/** A value for the schema: valid in shape, with values taken from the demo data. */
	private Object generate(Map<String, Object> schema, int depth, boolean wild) {
		Map<String, Object> s = resolve(schema);
		if (depth > 6) {
			return null;
		}
		List<Object> choices = list(s.get("enum"));
		if (!choices.isEmpty()) {
			return wild && random.nextBoolean() ? "not-one-of-them" : choices.get(random.nextInt(choices.size()));
		}
		for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
			List<Object> parts = list(s.get(combinator));
			if (!parts.isEmpty()) {
				return generate(map(parts.get(random.nextInt(parts.size()))), depth + 1, wild);
			}
		}
		String type = type(s);
		String format = s.get("format") == null ? "" : String.valueOf(s.get("format"));
		return switch (type) {
			case "object" -> object(s, depth, wild);
			case "array" -> {
				List<Object> items = new ArrayList<>();
				int n = random.nextInt(wild ? 40 : 4);
				for (int i = 0; i < n; i++) {
					items.add(generate(map(s.get("items")), depth + 1, wild));
				}
				yield items;
			}
			case "integer" -> wild ? List.of(Long.MAX_VALUE, Long.MIN_VALUE, -1L, 0L).get(random.nextInt(4))
					: (long) random.nextInt(random.nextBoolean() ? 10 : 2000);
			case "number" -> wild ? -1e300 : random.nextDouble() * 100;
			case "boolean" -> random.nextBoolean();
			default -> string(format, wild);
		};
	}

	private Map<String, Object> object(Map<String, Object> s, int depth, boolean wild) {
		Map<String, Object> out = new LinkedHashMap<>();
		List<String> required = strings(s.get("required"));
		map(s.get("properties")).forEach((name, property) -> {
			if (required.contains(name) || random.nextInt(3) > 0) {
				out.put(name, generate(map(property), depth + 1, wild));
			}
		});
		if (wild && random.nextBoolean()) {
			out.put("unexpectedProperty", "x");
		}
		return out;
	}

	private String string(String format, boolean wild) {
		if (wild) {
			return JUNK.get(random.nextInt(JUNK.size()));
		}
		return switch (format) {
			case "date" -> List.of("2027-03-10", "2026-12-31", "2015-11-02").get(random.nextInt(3));
			case "date-time" -> List.of("2027-03-10T09:00:00", "2027-03-10T09:00:00+01:00", "2027-03-10T00:00:00Z")
				.get(random.nextInt(3));
			case "email" -> "fuzz" + random.nextInt(1000) + "@example.org";
			case "uri" -> "https://example.org/" + random.nextInt(1000);
			default -> WORDS.get(random.nextInt(WORDS.size()));
		};
	}

	private static String type(Map<String, Object> schema) {
		Object type = schema.get("type");
		if (type instanceof List<?> types) {
			// OpenAPI 3.1: ["string", "null"]
			return types.stream().map(String::valueOf).filter(t -> !t.equals("null")).findFirst().orElse("string");
		}
		if (type != null) {
			return String.valueOf(type);
		}
		return schema.containsKey("properties") ? "object" : "string";
	}

	private Map<String, Object> resolve(Map<String, Object> schema) {
		Object ref = schema.get("$ref");
		if (ref == null) {
			return schema;
		}
		String name = String.valueOf(ref).substring(String.valueOf(ref).lastIndexOf('/') + 1);
		return map(components.get(name));
	}

	// ----- the document -----

	private static List<Operation> operations(Map<String, Object> paths) {
		List<Operation> operations = new ArrayList<>();
		paths.forEach((path, item) -> map(item).forEach((method, o) -> {
			if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
				return;
			}
			Map<String, Object> operation = map(o);
			List<Parameter> parameters = new ArrayList<>();
			for (Object p : list(operation.get("parameters"))) {
				Map<String, Object> parameter = map(p);
				parameters.add(new Parameter(String.valueOf(parameter.get("name")), String.valueOf(parameter.get("in")),
						Boolean.TRUE.equals(parameter.get("required")), map(parameter.get("schema"))));
			}
			Map<String, Object> body = map(operation.get("requestBody"));
			Map<String, Object> content = map(body.get("content"));
			Map<String, Object> bodySchema = null;
			List<String> types = new ArrayList<>(content.keySet());
			types.sort((a, b) -> Boolean.compare(!a.contains("json"), !b.contains("json")));
			if (!types.isEmpty()) {
				bodySchema = map(map(content.get(types.get(0))).get("schema"));
			}
			operations.add(new Operation(method.toUpperCase(Locale.ROOT), path, parameters, bodySchema, types,
					Boolean.TRUE.equals(body.get("required"))));
		}));
		operations.sort((a, b) -> (a.path() + a.method()).compareTo(b.path() + b.method()));
		return operations;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object o) {
		return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Object o) {
		return o instanceof List<?> l ? (List<Object>) l : List.of();
	}

	private static List<String> strings(Object o) {
		return list(o).stream().map(String::valueOf).toList();
	}

	// ----- encoding -----

	private static String encodePath(String value) {
		if (value.contains("%") && !value.equals("%00")) {
			// junk that is deliberately not decodable goes as it is
			return value.replace(" ", "%20").replace("/", "%2F");
		}
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String encodeQuery(String value) {
		if (value.equals("a%ffb")) {
			return value;
		}
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static String json(Object value) {
		StringBuilder out = new StringBuilder();
		write(out, value);
		return out.toString();
	}

	private static void write(StringBuilder out, Object value) {
		if (value == null) {
			out.append("null");
		}
		else if (value instanceof String s) {
			out.append('"');
			for (char c : s.toCharArray()) {
				switch (c) {
					case '"' -> out.append("\\\"");
					case '\\' -> out.append("\\\\");
					case '\n' -> out.append("\\n");
					default -> {
						if (c < 0x20 || Character.isSurrogate(c)) {
							out.append(String.format("\\u%04x", (int) c));
						}
						else {
							out.append(c);
						}
					}
				}
			}
			out.append('"');
		}
		else if (value instanceof Map<?, ?> m) {
			out.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> e : m.entrySet()) {
				out.append(first ? "" : ",");
				first = false;
				write(out, String.valueOf(e.getKey()));
				out.append(':');
				write(out, e.getValue());
			}
			out.append('}');
		}
		else if (value instanceof List<?> l) {
			out.append('[');
			for (int i = 0; i < l.size(); i++) {
				out.append(i == 0 ? "" : ",");
				write(out, l.get(i));
			}
			out.append(']');
		}
		else {
			out.append(value);
		}
	}

	private static String abbreviate(String s) {
		return s.length() <= 160 ? s : s.substring(0, 160) + "… (" + s.length() + " chars)";
	}

	/** Sends one request; the suite and the benchmark both use {@link #http}. */
	public interface Transport {

		record Answer(int status, String contentType, String body) {
		}

		Answer send(String method, String uri, String contentType, String body, String apiKey) throws IOException;

		/** Plain HTTP to {@code base}, as any client of the API. */
		static Transport http(URI base) {
			HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
			return (method, uri, contentType, body, apiKey) -> {
				HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + uri))
					.timeout(Duration.ofSeconds(60))
					.header("Accept", "application/json");
				if (apiKey != null) {
					request.header("Authorization", "Bearer " + apiKey);
				}
				if (contentType != null) {
					request.header("Content-Type", contentType);
				}
				request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
				try {
					HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
					return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
							response.body());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IOException("interrupted", ex);
				}
				catch (IllegalArgumentException ex) {
					// a URI the client itself refuses to send is not a server defect
					return new Answer(0, null, "");
				}
			};
		}

	}

}
