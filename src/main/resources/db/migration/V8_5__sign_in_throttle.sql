-- accounts: failed sign-ins and wrong API keys, counted in the database so that every instance on
-- this database sees the same counts (docs/decisions/0006-sign-in-throttling.md). One row per
-- throttled key: 'account:<user name as typed, lower case>', 'address:<client address>' or
-- 'api-key:<client address>'.
create table sign_in_throttle (
  throttle_key      varchar(160) primary key,
  failures          integer not null,
  window_started_at timestamp with time zone not null,
  last_failure_at   timestamp with time zone not null,
  locked_until      timestamp with time zone
);
create index ix_sign_in_throttle_last_failure on sign_in_throttle (last_failure_at);
