package org.kakehashi.scheduling;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kakehashi.scheduling.ContractDocuments.InstanceDoc;
import org.kakehashi.scheduling.ContractDocuments.ScheduleDoc;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the files of docs/interfaces.md (scheduling files). Reading binds
 * straight from the token stream (no tree of the whole file); writing streams one
 * assignment at a time. Unknown fields are ignored so exports may carry extra data.
 */
public final class SchedulingFiles {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private SchedulingFiles() {
	}

	/**
	 * @throws InvalidInstanceException for bad JSON or any contract violation, naming the
	 * item
	 */
	public static Instance readInstance(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return readInstance(in);
		}
	}

	public static Instance readInstance(InputStream in) {
		return bind(in, InstanceDoc.class, "instance").toInstance();
	}

	public static Schedule readSchedule(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return readSchedule(in);
		}
	}

	public static Schedule readSchedule(InputStream in) {
		return bind(in, ScheduleDoc.class, "schedule").toSchedule();
	}

	public static void writeSchedule(Schedule schedule, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			writeSchedule(schedule, out);
		}
	}

	public static void writeSchedule(Schedule schedule, OutputStream out) {
		try (JsonGenerator g = MAPPER.createGenerator(out)) {
			g.writeStartObject();
			g.writeStringProperty("event", schedule.event());
			g.writeName("assignments");
			g.writeStartArray();
			for (Assignment a : schedule.assignments()) {
				g.writeStartObject();
				g.writeStringProperty("meeting", a.meeting());
				g.writeStringProperty("slot", a.slot());
				g.writeNumberProperty("table", a.table());
				g.writeEndObject();
			}
			g.writeEndArray();
			writeStrings(g, "unscheduled", schedule.unscheduled());
			g.writeEndObject();
		}
	}

	public static void writeInstance(Instance instance, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			writeInstance(instance, out);
		}
	}

	/** Used by the benchmark generator so generated instances can be fed to the CLI. */
	public static void writeInstance(Instance instance, OutputStream out) {
		try (JsonGenerator g = MAPPER.createGenerator(out)) {
			g.writeStartObject();
			g.writeStringProperty("event", instance.event());
			g.writeName("slots");
			g.writeStartArray();
			for (Slot s : instance.slots()) {
				g.writeStartObject();
				g.writeStringProperty("id", s.id());
				g.writeStringProperty("start", s.start().toString());
				g.writeNumberProperty("minutes", s.minutes());
				g.writeNumberProperty("tables", s.tables());
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeName("participants");
			g.writeStartArray();
			for (ParticipantAvailability p : instance.participants()) {
				g.writeStartObject();
				g.writeStringProperty("id", p.id());
				if (p.available() != null) {
					writeStrings(g, "available", p.available());
				}
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeName("meetings");
			g.writeStartArray();
			for (Meeting m : instance.meetings()) {
				g.writeStartObject();
				g.writeStringProperty("id", m.id());
				writeStrings(g, "participants", m.participants());
				g.writeNumberProperty("priority", m.priority());
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeEndObject();
		}
	}

	private static void writeStrings(JsonGenerator g, String name, List<String> values) {
		g.writeName(name);
		g.writeStartArray();
		for (String v : values) {
			g.writeString(v);
		}
		g.writeEndArray();
	}

	private static <T> T bind(InputStream in, Class<T> type, String what) {
		try {
			T doc = MAPPER.readValue(in, type);
			if (doc == null) {
				throw new InvalidInstanceException(what + ": empty document");
			}
			return doc;
		}
		catch (JacksonException e) {
			throw new InvalidInstanceException("bad " + what + " JSON" + path(e) + ": " + e.getOriginalMessage(), e);
		}
	}

	private static String path(JacksonException e) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference ref : e.getPath()) {
			if (ref.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		String where = path.isEmpty() ? "" : " at " + path;
		var location = e.getLocation();
		return location == null || location.getLineNr() < 0 ? where : where + " (line " + location.getLineNr() + ")";
	}

}
