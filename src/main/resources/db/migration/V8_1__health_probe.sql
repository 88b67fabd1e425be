-- One row that readiness writes to (and rolls back): proof that the database takes writes,
-- including the evaluation of a CHECK constraint (see ADR 0006).
create table health_probe (
  id         integer primary key,
  checked_at timestamp with time zone not null,
  constraint ck_health_probe_id check (id = 1)
);
insert into health_probe (id, checked_at) values (1, current_timestamp);
