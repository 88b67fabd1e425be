-- agreements: reminders already sent (the unique key makes each reminder go out once, even with
-- several instances running the daily job) and the secret token of each cluster's calendar feed.
create table agreement_reminder (
  reminder_key varchar(300) primary key,
  sent_at      timestamp with time zone not null
);

create table agreement_feed_token (
  cluster_id varchar(64) primary key,
  token      varchar(64) not null,
  created_at timestamp with time zone not null,
  constraint uq_agreement_feed_token unique (token)
);
