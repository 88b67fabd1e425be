-- agreements: full texts per language, checkable commitment rules and managers' assessments.
alter table agreement add column full_texts varchar(200000);

-- A rule: at least rule_minimum records per rule_period ('year', 'half-year', 'quarter'), counting only
-- records that name one of rule_events (JSON list of event names) when that list is not empty.
alter table commitment add column rule_minimum integer;
alter table commitment add column rule_period varchar(10);
alter table commitment add column rule_events varchar(2000);
alter table commitment add constraint ck_commitment_rule_period check (rule_period in ('year', 'half-year', 'quarter'));

-- Keyed by the commitment's number, not commitment.id: editing an agreement rewrites its commitment rows.
create table commitment_assessment (
  agreement_id varchar(64) not null references agreement (id) on delete cascade,
  position     integer not null,
  period_start date not null,
  verdict      varchar(10) not null,
  note         varchar(2000) not null,
  assessed_by  varchar(100) not null,
  assessed_at  timestamp with time zone not null,
  primary key (agreement_id, position, period_start),
  constraint ck_commitment_assessment_verdict check (verdict in ('met', 'at-risk', 'missed'))
);
