-- events: a running scheduler run holds a lease that its instance renews (with its progress,
-- so any instance can show it); a run whose lease ran out is ended by a sweep on any instance.
-- Cancellation is a request in the row, seen by the running instance at its next renewal.
alter table schedule_run add column lease_owner varchar(200);
alter table schedule_run add column lease_until timestamp with time zone;
alter table schedule_run add column progress integer not null default 0;
alter table schedule_run add column cancel_requested_by varchar(100);

alter table schedule_run drop constraint ck_schedule_run_status;
alter table schedule_run add constraint ck_schedule_run_status
  check (status in ('running', 'done', 'failed', 'cancelled'));

create index ix_schedule_run_lease on schedule_run (status, lease_until);
