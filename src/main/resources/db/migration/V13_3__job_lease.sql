-- operations: a scheduled job that only one instance should run at a time holds a lease here;
-- the holder renews it at each run, and any instance takes it over once it ran out. A job's row
-- is made by its first run.
create table job_lease (
  name        varchar(100) primary key,
  owner       varchar(240),
  lease_until timestamp with time zone not null
);

