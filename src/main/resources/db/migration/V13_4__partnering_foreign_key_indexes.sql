-- events: indexes on the foreign keys of the partnering tables. Without them PostgreSQL checks
-- each deleted booking against every booking_seat row (the cascade has no index to use), so
-- publishing a 65,000-meeting schedule again, which first deletes the unpinned bookings, took
-- minutes instead of seconds; deleting a participant, a request or an event likewise
-- (docs/benchmarks.md, "Publishing a schedule").
create index ix_booking_event on booking (event_id);
create index ix_booking_seat_booking on booking_seat (booking_id);
create index ix_booking_seat_participant on booking_seat (participant_id);
create index ix_participant_event on participant (event_id);
create index ix_meeting_request_event on meeting_request (event_id, status);
create index ix_meeting_request_requester on meeting_request (requester_id);
create index ix_meeting_request_receiver on meeting_request (receiver_id);
create index ix_schedule_run_assignment_request on schedule_run_assignment (request_id);
create index ix_schedule_run_unplaced_request on schedule_run_unplaced (request_id);
create index ix_participant_availability_slot on participant_availability (slot_id);
create index ix_meeting_feedback_participant on meeting_feedback (participant_id);
