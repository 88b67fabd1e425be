-- The four per-module guards against sending a scheduled mail twice give way to the mail
-- outbox (V13_1). What they recorded becomes 'sent' rows under the keys the jobs now use,
-- so no reminder or digest that went out before the upgrade goes out again; then they are
-- dropped. The guards of agreement and request reminders were kept per cluster, the
-- outbox keeps one row per recipient: their history is spread over the cluster's current
-- managers (a one-time read of app_user; the modules never read it at run time).

-- events: event_reminder keys (pending:42, availability:7, meeting:9:7:1790000000) named
-- their one recipient already.
insert into mail_outbox (dedup_key, username, recipient, subject, body, state, attempts, next_attempt_at,
  created_at, sent_at)
select 'event-' || reminder_key, null, '', '', null, 'sent', 1, sent_at, sent_at, sent_at
from event_reminder;

-- exchange: one digest per user and week.
insert into mail_outbox (dedup_key, username, recipient, subject, body, state, attempts, next_attempt_at,
  created_at, sent_at)
select 'exchange-digest:' || cast(week_start as varchar(10)) || ':' || username, username, '', '', null, 'sent', 1,
  sent_at, sent_at, sent_at
from digest_sent;

-- agreements: expiry:<agreement>:<end>:<days>:<party> and commitment:<agreement>:<n>:<period>:<party>,
-- mailed to the party's managers.
insert into mail_outbox (dedup_key, username, recipient, subject, body, state, attempts, next_attempt_at,
  created_at, sent_at)
select 'agreement-' || r.reminder_key || ':' || u.username, u.username, '', '', null, 'sent', 1,
  r.sent_at, r.sent_at, r.sent_at
from agreement_reminder r
join app_user u on u.role = 'CLUSTER_MANAGER' and u.cluster_id is not null
  and r.reminder_key like '%:' || u.cluster_id;

-- requests: one reminder per request and kind, mailed to the responding cluster's managers
-- (the home cluster before forwarding, the partner cluster after).
insert into mail_outbox (dedup_key, username, recipient, subject, body, state, attempts, next_attempt_at,
  created_at, sent_at)
select 'request-' || rr.kind || ':' || rr.request_id || ':' || u.username, u.username, '', '', null, 'sent', 1,
  rr.sent_at, rr.sent_at, rr.sent_at
from request_reminder rr
join entry_request e on e.id = rr.request_id
join app_user u on u.role = 'CLUSTER_MANAGER'
  and u.cluster_id = case when rr.kind like 'home-%' then e.home_cluster else e.partner_cluster end;

drop table event_reminder;
drop table digest_sent;
drop table agreement_reminder;
drop table request_reminder;
