-- Optional TOTP second factor (RFC 6238) for administrators and cluster managers (issue 10).
-- totp_secret is set only while the factor is on; it holds the shared secret encrypted with
-- AES-GCM ("v1:" prefix) or, without KAKEHASHI_TOTP_KEY, in plain text ("plain:" prefix).
-- totp_last_step is the last accepted 30-second time step: a code of that step or an earlier one
-- is refused, so that each code signs in once.
alter table app_user add column totp_secret varchar(200);
alter table app_user add column totp_last_step bigint;

-- Ten single-use recovery codes per user, kept only as SHA-256 hashes (they are random, so a
-- slow hash adds nothing).
create table totp_recovery_code (
  user_id    bigint not null references app_user (id) on delete cascade,
  code_hash  varchar(64) not null,
  used_at    timestamp with time zone,
  constraint pk_totp_recovery_code primary key (user_id, code_hash)
);
