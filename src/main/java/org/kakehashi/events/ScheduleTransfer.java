package org.kakehashi.events;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kakehashi.events.internal.InstanceMapper;
import org.kakehashi.events.internal.RunRepository;
import org.kakehashi.events.internal.SlotRepository;
import org.kakehashi.scheduling.Instance;
import org.kakehashi.scheduling.InvalidInstanceException;
import org.kakehashi.scheduling.Schedule;
import org.kakehashi.scheduling.ScheduleValidator;
import org.kakehashi.scheduling.SchedulingFiles;
import org.kakehashi.shared.AuditEntry;
import org.kakehashi.shared.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contract files in: a schedule made elsewhere (an outside tool, a benchmark) becomes a
 * run the organisers review and publish like their own; an instance file is checked
 * against the event. Messages are the contract's own, naming the offending item.
 */
@Service
public class ScheduleTransfer {

	/**
	 * What an upload led to: a new run, or the messages why not (or a check's findings).
	 */
	public record Outcome(@Nullable Long runId, List<String> messages) {
	}

	private final EventService events;

	private final ScheduleService schedules;

	private final SlotRepository slots;

	private final RunRepository runs;

	private final ApplicationEventPublisher publisher;

	ScheduleTransfer(EventService events, ScheduleService schedules, SlotRepository slots, RunRepository runs,
			ApplicationEventPublisher publisher) {
		this.events = events;
		this.schedules = schedules;
		this.slots = slots;
		this.runs = runs;
		this.publisher = publisher;
	}

	/**
	 * Validates an uploaded schedule against the event's instance and stores it as a run.
	 */
	@Transactional
	public Outcome importSchedule(CurrentUser organizer, String eventId, InputStream in) {
		events.organizedEvent(organizer, eventId);
		Schedule schedule;
		try {
			schedule = SchedulingFiles.readSchedule(in);
		}
		catch (InvalidInstanceException ex) {
			return new Outcome(null, List.of(ex.getMessage()));
		}
		if (!eventId.equals(schedule.event())) {
			return new Outcome(null, List.of("schedule: event '" + schedule.event() + "' is not '" + eventId + "'"));
		}
		List<String> violations = ScheduleValidator.validate(schedules.instance(eventId), schedule)
			.stream()
			.map(Object::toString)
			.toList();
		if (!violations.isEmpty()) {
			return new Outcome(null, violations);
		}
		long runId = runs.start(eventId, organizer.username(), "import");
		Map<String, Long> slotIds = slots.findByEvent(eventId)
			.stream()
			.collect(Collectors.toMap(EventSlot::code, EventSlot::id));
		List<RunRepository.RunAssignment> placed = schedule.assignments()
			.stream()
			.map(a -> new RunRepository.RunAssignment(InstanceMapper.requestId(a.meeting()), slotIds.get(a.slot()),
					a.table()))
			.toList();
		Map<Long, String> unplaced = new LinkedHashMap<>();
		schedule.unscheduled()
			.forEach(m -> unplaced.put(InstanceMapper.requestId(m), "not placed in the imported schedule"));
		runs.finish(runId, placed, unplaced, placed.size() + unplaced.size(), 0, "imported");
		publisher.publishEvent(AuditEntry.by(organizer, "schedule.imported", "event", eventId, "run " + runId));
		return new Outcome(runId, List.of());
	}

	/**
	 * Reads an instance file and reports how it differs from the event's own instance.
	 */
	public Outcome checkInstance(CurrentUser organizer, String eventId, InputStream in) {
		events.organizedEvent(organizer, eventId);
		Instance uploaded;
		try {
			uploaded = SchedulingFiles.readInstance(in);
		}
		catch (InvalidInstanceException ex) {
			return new Outcome(null, List.of(ex.getMessage()));
		}
		Instance own = schedules.instance(eventId);
		List<String> findings = new ArrayList<>();
		if (!eventId.equals(uploaded.event())) {
			findings.add("instance: event '" + uploaded.event() + "' is not '" + eventId + "'");
		}
		compare(findings, "slot", ids(uploaded.slots().stream().map(s -> s.id())),
				ids(own.slots().stream().map(s -> s.id())));
		compare(findings, "meeting", ids(uploaded.meetings().stream().map(m -> m.id())),
				ids(own.meetings().stream().map(m -> m.id())));
		if (findings.isEmpty()) {
			findings.add("instance: valid; " + uploaded.slots().size() + " slots, " + uploaded.participants().size()
					+ " participants, " + uploaded.meetings().size() + " meetings, all known to this event");
		}
		return new Outcome(null, findings);
	}

	private static Set<String> ids(java.util.stream.Stream<String> ids) {
		return ids.collect(Collectors.toCollection(java.util.TreeSet::new));
	}

	private static void compare(List<String> findings, String kind, Set<String> uploaded, Set<String> own) {
		uploaded.stream()
			.filter(id -> !own.contains(id))
			.limit(20)
			.forEach(id -> findings.add(kind + " '" + id + "': unknown to this event"));
		own.stream()
			.filter(id -> !uploaded.contains(id))
			.limit(20)
			.forEach(id -> findings.add(kind + " '" + id + "': missing from the file"));
	}

}
