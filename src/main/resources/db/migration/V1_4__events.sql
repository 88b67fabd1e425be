-- events: partnering conferences, delegation trips, visits.
create table event (
  id           varchar(64) primary key,
  kind         varchar(30) not null,
  names        varchar(2000) not null,
  descriptions varchar(20000) not null,
  starts_at    timestamp with time zone not null,
  ends_at      timestamp with time zone not null,
  time_zone    varchar(64) not null,
  venue        varchar(300),
  city         varchar(200),
  country      varchar(2),
  website      varchar(500),
  created_at   timestamp with time zone not null,
  version      integer not null default 0,
  constraint ck_event_kind check (kind in ('partnering-conference', 'delegation-trip', 'mutual-visit', 'online-partnering')),
  constraint ck_event_dates check (ends_at >= starts_at)
);

create table event_organizer (
  event_id   varchar(64) not null references event (id) on delete cascade,
  cluster_id varchar(64) not null,
  primary key (event_id, cluster_id)
);
