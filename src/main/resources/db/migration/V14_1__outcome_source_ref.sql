-- reports: which meeting (booking id) or entry-portal request (request id) an outcome answers, when it
-- was recorded from a follow-up question or link. The follow-up job asks nothing more once an outcome
-- of that source exists for the member's organisation. The source belongs to the events or requests
-- module and is referred to by id only; null for outcomes recorded without one (and those before).
alter table cooperation_outcome add column source_ref varchar(64);
create index ix_cooperation_outcome_source on cooperation_outcome (source, source_ref, organization_id);
