package org.kakehashi.events.internal;

import java.util.List;

import org.kakehashi.events.BookingConflictException;
import org.kakehashi.events.EventSlot;
import org.kakehashi.events.MeetingRequest;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Places one accepted request in a slot at the lowest free table. The checks before the
 * insert give a precise message in the common case; the unique keys of {@code booking}
 * and {@code booking_seat} decide the race when two bookings arrive at the same moment.
 */
@Component
public class Bookings {

	private final BookingRepository bookings;

	Bookings(BookingRepository bookings) {
		this.bookings = bookings;
	}

	/** Must run inside the caller's transaction, which a conflict rolls back. */
	public long book(MeetingRequest request, EventSlot slot, boolean pinned) {
		for (long p : List.of(request.requesterId(), request.receiverId())) {
			if (bookings.seatTaken(slot.id(), p)) {
				throw new BookingConflictException("a participant of this meeting is already booked at " + slot.code());
			}
		}
		int table = freeTable(slot);
		try {
			return bookings.insert(request.eventId(), request.id(), slot.id(), table, pinned,
					List.of(request.requesterId(), request.receiverId()));
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
			throw new BookingConflictException("slot " + slot.code()
					+ " was booked by someone else at the same moment (a participant or the table is taken); choose again");
		}
	}

	/**
	 * Books a finished run's accepted meetings where the run put them, inside the
	 * caller's transaction; a collision with a booking made after the run rolls it all
	 * back. Returns how many accepted meetings the run has.
	 */
	public int placeRun(String eventId, long runId) {
		try {
			return bookings.placeRun(eventId, runId);
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
			throw new BookingConflictException(
					"a meeting of the run collides with a booking made after the run; run the scheduler again");
		}
	}

	/** The lowest table number not taken in the slot. */
	public int freeTable(EventSlot slot) {
		List<Integer> taken = bookings.tablesTaken(slot.id());
		for (int t = 1; t <= slot.tables(); t++) {
			if (!taken.contains(t)) {
				return t;
			}
		}
		throw new BookingConflictException("all " + slot.tables() + " tables are taken at " + slot.code());
	}

}
