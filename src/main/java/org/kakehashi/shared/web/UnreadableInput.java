package org.kakehashi.shared.web;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.FieldProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Says in the API's own terms what could not be read in a request: the field by its JSON
 * path and what was expected there, never a Java class name, so a client developer can
 * fix the request from the answer alone.
 */
final class UnreadableInput {

	private UnreadableInput() {
	}

	/** The field a JSON body could not be read at, if the parser got that far. */
	static @Nullable FieldProblem ofBody(@Nullable Throwable cause) {
		if (!(cause instanceof JacksonException jackson) || jackson.getPath().isEmpty()) {
			return null;
		}
		String field = path(jackson.getPath());
		if (jackson instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			return new FieldProblem(field, "type", "must be " + expected(mismatch.getTargetType()));
		}
		return new FieldProblem(field, "unreadable", "could not be read");
	}

	/** A query or path parameter that does not convert to its type. */
	static FieldProblem ofParameter(String name, @Nullable Class<?> type) {
		return new FieldProblem(name, "type", "must be " + (type == null ? "a valid value" : expected(type)));
	}

	/**
	 * The first query parameter whose name or value is no valid percent-encoded UTF-8
	 * (such as {@code q=%ff}), or {@code query} when none can be singled out.
	 */
	static FieldProblem ofUndecodableQuery(@Nullable String query) {
		String field = "query";
		for (String pair : query == null ? new String[0] : query.split("&")) {
			String name = pair.split("=", 2)[0];
			if (!decodes(pair)) {
				field = decodes(name) ? URLDecoder.decode(name, StandardCharsets.UTF_8) : "query";
				break;
			}
		}
		return new FieldProblem(field, "encoding", "is not percent-encoded UTF-8");
	}

	private static boolean decodes(String text) {
		try {
			byte[] bytes = URLDecoder.decode(text, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.ISO_8859_1);
			StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (IllegalArgumentException | CharacterCodingException ex) {
			return false;
		}
	}

	static String path(List<JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/** What a value of {@code type} looks like in JSON or a query string. */
	static String expected(Class<?> type) {
		if (type == LocalDate.class) {
			return "a date like 2026-12-07";
		}
		if (type == OffsetDateTime.class || type == ZonedDateTime.class) {
			return "a date and time with offset like 2026-12-07T09:30:00+01:00";
		}
		if (type == LocalDateTime.class) {
			return "a local date and time like 2026-12-07T09:30:00";
		}
		if (type == LocalTime.class) {
			return "a time like 09:30";
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return "a date or time";
		}
		if (ZoneId.class.isAssignableFrom(type)) {
			return "a time zone like Europe/Berlin";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true or false";
		}
		if (type == int.class || type == long.class || type == short.class || type == Integer.class
				|| type == Long.class || type == Short.class) {
			return "a whole number";
		}
		if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
			return "a number";
		}
		if (type.isEnum()) {
			return "one of " + String.join(", ", enumNames(type));
		}
		if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
			return "a text";
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "a list";
		}
		if (Map.class.isAssignableFrom(type) || type.isRecord()) {
			return "an object";
		}
		return "a valid value";
	}

	private static List<String> enumNames(Class<?> type) {
		Object[] constants = type.getEnumConstants();
		return constants == null ? List.of() : Arrays.stream(constants).map(String::valueOf).toList();
	}

}
