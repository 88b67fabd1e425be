package org.kakehashi.events;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kakehashi.events.internal.BookingRepository;
import org.kakehashi.events.internal.Bookings;
import org.kakehashi.events.internal.InstanceMapper;
import org.kakehashi.events.internal.MeetingRequestRepository;
import org.kakehashi.events.internal.ParticipantRepository;
import org.kakehashi.events.internal.RunRepository;
import org.kakehashi.events.internal.RunRepository.RunAssignment;
import org.kakehashi.events.internal.ScheduleRunner;
import org.kakehashi.events.internal.SlotRepository;
import org.kakehashi.scheduling.Assignment;
import org.kakehashi.scheduling.Instance;
import org.kakehashi.scheduling.Schedule;
import org.kakehashi.scheduling.SolveOptions;
import org.kakehashi.shared.AuditEntry;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisers' scheduling desk: run the scheduler with a time limit and watch it,
 * review the proposal, pin meetings, publish. A re-run after late changes keeps pinned
 * meetings exactly and published ones where they are unless moving them lets more
 * meetings in.
 */
@Service
public class ScheduleService {

	private final EventService events;

	private final MeetingRequestService requestService;

	private final SlotRepository slots;

	private final ParticipantRepository participants;

	private final MeetingRequestRepository requests;

	private final BookingRepository bookings;

	private final Bookings booker;

	private final RunRepository runs;

	private final ScheduleRunner runner;

	private final WorkingHours workingHours;

	private final ApplicationEventPublisher publisher;

	ScheduleService(EventService events, MeetingRequestService requestService, SlotRepository slots,
			ParticipantRepository participants, MeetingRequestRepository requests, BookingRepository bookings,
			Bookings booker, RunRepository runs, ScheduleRunner runner, WorkingHours workingHours,
			ApplicationEventPublisher publisher) {
		this.events = events;
		this.requestService = requestService;
		this.slots = slots;
		this.participants = participants;
		this.requests = requests;
		this.bookings = bookings;
		this.booker = booker;
		this.runs = runs;
		this.runner = runner;
		this.workingHours = workingHours;
		this.publisher = publisher;
	}

	/**
	 * The event's accepted requests with slots and availability, as the contract
	 * instance.
	 */
	public Instance instance(String eventId) {
		Event event = events.event(eventId);
		return InstanceMapper.instance(event, slots.findByEvent(eventId), participants.findByEvent(eventId),
				participants.availabilityByParticipant(eventId),
				requests.findByEventAndStatus(eventId, MeetingRequestStatus.ACCEPTED), workingHours);
	}

	/** The current bookings as a contract schedule of {@link #instance}. */
	public Schedule currentSchedule(String eventId) {
		return InstanceMapper.schedule(eventId, bookings.findByEvent(eventId), slots.findByEvent(eventId),
				requests.findByEventAndStatus(eventId, MeetingRequestStatus.ACCEPTED));
	}

	/** Starts a run in the background; returns its id at once. */
	@Transactional
	public long start(CurrentUser organizer, String eventId, Duration timeLimit) {
		events.organizedEvent(organizer, eventId);
		Instance instance = instance(eventId);
		Schedule current = currentSchedule(eventId);
		List<Long> pinnedRequests = bookings.findByEvent(eventId)
			.stream()
			.filter(Booking::pinned)
			.map(Booking::requestId)
			.toList();
		List<Assignment> pins = current.assignments()
			.stream()
			.filter(a -> pinnedRequests.contains(InstanceMapper.requestId(a.meeting())))
			.toList();
		Schedule previous = runs.publishedAt(eventId) == null ? null : current;
		SolveOptions options = SolveOptions.defaults().withTimeLimit(timeLimit).withPinned(pins).withPrevious(previous);
		long runId = runner.begin(eventId, organizer.username(), instance.meetings().size());
		Map<String, Long> slotIds = slots.findByEvent(eventId)
			.stream()
			.collect(Collectors.toMap(EventSlot::code, EventSlot::id));
		Map<Long, String> names = participants.findByEvent(eventId)
			.stream()
			.collect(Collectors.toMap(Participant::id, Participant::displayName));
		publisher.publishEvent(AuditEntry.by(organizer, "schedule.run-started", "event", eventId, "run " + runId));
		runner.submit(runId, instance, options, new ScheduleRunner.Mapping(slotIds, names));
		return runId;
	}

	/** As recorded with the run's last lease renewal, so any instance can show it. */
	public RunProgress progress(CurrentUser organizer, String eventId, long runId) {
		return RunProgress.of(run(organizer, eventId, runId));
	}

	/**
	 * Asks a running run to stop. The instance solving it stops at once if it is this
	 * one, else at its next lease renewal (within seconds); the run then ends as
	 * cancelled and keeps no proposal, so nothing of it can be published.
	 * @throws RunStateException if the run is no longer running
	 */
	@Transactional
	public ScheduleRun cancel(CurrentUser organizer, String eventId, long runId) {
		ScheduleRun run = run(organizer, eventId, runId);
		if (!runs.requestCancel(runId, organizer.username())) {
			throw new RunStateException("run " + runId + " is not running (it is " + run.status() + ")");
		}
		runner.cancelLocally(runId);
		publisher.publishEvent(AuditEntry.by(organizer, "schedule.run-cancelled", "event", eventId, "run " + runId));
		return run(organizer, eventId, runId);
	}

	public ScheduleRun run(CurrentUser organizer, String eventId, long runId) {
		events.organizedEvent(organizer, eventId);
		return runs.findById(runId)
			.filter(r -> r.eventId().equals(eventId))
			.orElseThrow(() -> new NotFoundException("schedule run", String.valueOf(runId)));
	}

	public List<ScheduleRun> runs(CurrentUser organizer, String eventId) {
		events.organizedEvent(organizer, eventId);
		return runs.findByEvent(eventId);
	}

	public @Nullable OffsetDateTime publishedAt(String eventId) {
		return runs.publishedAt(eventId);
	}

	/** The proposal of a finished run, in slot and table order. */
	public RunResultView result(CurrentUser organizer, String eventId, long runId) {
		ScheduleRun run = run(organizer, eventId, runId);
		Map<Long, MeetingRequestView> views = requestService.views(eventId, requests.findByEvent(eventId))
			.stream()
			.collect(Collectors.toMap(v -> v.request().id(), Function.identity()));
		Map<Long, EventSlot> slotById = slots.findByEvent(eventId)
			.stream()
			.collect(Collectors.toMap(EventSlot::id, Function.identity()));
		List<PlacedMeetingView> placed = runs.assignments(runId)
			.stream()
			.map(a -> new PlacedMeetingView(slotById.get(a.slotId()), a.table(), views.get(a.requestId()),
					pinnedAt(views.get(a.requestId()), a)))
			.sorted(Comparator.comparing((PlacedMeetingView p) -> p.slot().startsAt())
				.thenComparingInt(PlacedMeetingView::table))
			.toList();
		List<UnplacedMeetingView> unplaced = runs.unplaced(runId)
			.entrySet()
			.stream()
			.map(e -> new UnplacedMeetingView(views.get(e.getKey()), e.getValue()))
			.toList();
		return new RunResultView(run, placed, unplaced, runs.publishedAt(eventId));
	}

	private static boolean pinnedAt(MeetingRequestView view, RunAssignment a) {
		return view.booking() != null && view.booking().pinned() && view.booking().slotId() == a.slotId();
	}

	/**
	 * Fixes a meeting where the run placed it: it becomes a pinned booking the next runs
	 * keep.
	 */
	@Transactional
	public void pin(CurrentUser organizer, String eventId, long runId, long requestId) {
		run(organizer, eventId, runId);
		RunAssignment a = runs.assignments(runId)
			.stream()
			.filter(x -> x.requestId() == requestId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("placed meeting", String.valueOf(requestId)));
		Optional<Booking> existing = bookings.findByRequest(requestId);
		if (existing.isPresent() && existing.get().slotId() == a.slotId()) {
			bookings.setPinned(existing.get().id(), true);
		}
		else {
			existing.ifPresent(b -> bookings.delete(b.id()));
			booker.book(requestService.requests(requestId), slots.findById(a.slotId()).orElseThrow(), true);
		}
		publisher.publishEvent(
				AuditEntry.by(organizer, "schedule.pinned", "meeting-request", String.valueOf(requestId), eventId));
	}

	/**
	 * Frees a pinned meeting for the scheduler; before publication that removes its
	 * booking.
	 */
	@Transactional
	public void unpin(CurrentUser organizer, String eventId, long requestId) {
		events.organizedEvent(organizer, eventId);
		bookings.findByRequest(requestId).filter(b -> b.eventId().equals(eventId)).ifPresent(b -> {
			if (runs.publishedAt(eventId) == null) {
				bookings.delete(b.id());
			}
			else {
				bookings.setPinned(b.id(), false);
			}
		});
		publisher.publishEvent(
				AuditEntry.by(organizer, "schedule.unpinned", "meeting-request", String.valueOf(requestId), eventId));
	}

	/**
	 * Makes a finished run the event's schedule: unpinned bookings give way to the run's
	 * placements; pinned ones stay. Fails with BookingConflictException if bookings made
	 * since the run collide with it (then re-run). One transaction: a crash in the middle
	 * leaves the previous schedule as it was. An event that has ended is refused with
	 * EventEndedException.
	 */
	@Transactional
	public int publish(CurrentUser organizer, String eventId, long runId) {
		return publish(organizer, eventId, runId, false);
	}

	/**
	 * As {@link #publish(CurrentUser, String, long)}; with {@code afterEnd} the organiser
	 * has confirmed they mean to publish the schedule of an event that has ended (to
	 * record what took place), and it is not refused for that.
	 */
	@Transactional
	public int publish(CurrentUser organizer, String eventId, long runId, boolean afterEnd) {
		ScheduleRun run = run(organizer, eventId, runId);
		if (!afterEnd) {
			events.requireNotEnded(events.event(eventId), EventEndedException.Action.PUBLICATION);
		}
		if (!run.done()) {
			throw new RunStateException("run " + runId + " has not finished (it is " + run.status() + ")");
		}
		bookings.deleteUnpinned(eventId);
		int placed = booker.placeRun(eventId, runId);
		runs.markPublished(eventId, runId, organizer.username());
		publisher.publishEvent(AuditEntry.by(organizer, "schedule.published", "event", eventId, "run " + runId));
		publisher.publishEvent(new AgendaPublished(eventId, runId));
		return placed;
	}

}
