-- directory: web import jobs kept in the database, so a job survives a restart or crash and its
-- page can say how far it got. last_line is the last source line whose batch has committed
-- (written in the same transaction as the batch), so "lines 1..last_line applied" is true.
create table import_job (
  id              varchar(36) primary key,
  owner           varchar(100) not null,
  owner_cluster   varchar(64),
  target_cluster  varchar(64),
  file_name       varchar(255) not null,
  format          varchar(10) not null,
  header          varchar(20000) not null default '[]',
  upload_path     varchar(1000),
  status          varchar(12) not null,
  size_bytes      bigint not null default 0,
  bytes_read      bigint not null default 0,
  lines_processed bigint not null default 0,
  last_line       bigint not null default 0,
  created_count   bigint not null default 0,
  updated_count   bigint not null default 0,
  rejected_count  bigint not null default 0,
  error           varchar(2000),
  instance_id     varchar(200),
  heartbeat_at    timestamp with time zone,
  created_at      timestamp with time zone not null,
  started_at      timestamp with time zone,
  finished_at     timestamp with time zone,
  constraint ck_import_job_status check (status in ('mapping', 'running', 'done', 'failed', 'interrupted'))
);

create index ix_import_job_owner on import_job (owner, created_at);
create index ix_import_job_cluster on import_job (owner_cluster, created_at);
create index ix_import_job_status on import_job (status, heartbeat_at);

-- The rejected lines of a job (the first ImportReport.MAX_LISTED), written with their batch.
create table import_job_problem (
  job_id varchar(36) not null references import_job (id) on delete cascade,
  line   bigint not null,
  reason varchar(2000) not null,
  -- message key and arguments, so the page shows the reason in the reader's language
  code   varchar(100),
  args   varchar(2000) not null default '[]'
);

create index ix_import_job_problem on import_job_problem (job_id, line);
