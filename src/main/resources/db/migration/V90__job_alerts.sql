-- E-mail job alerts: a person saves the job board's filters with an e-mail address and a frequency, confirms the
-- address, and then receives the jobs published since the last alert e-mail that match those filters.
--
-- None of these tables is public content: no page shows them, so they get no content-change trigger (V10) and
-- changing them drops no cache.

-- One row per e-mail address that asked for alerts. The secret is what the long-lived links in alert e-mails
-- (manage, unsubscribe) refer to: forgetting the address deletes the row, and every such link stops working.
create table alert_subscriber (
    id          bigserial    primary key,
    -- stored in lower case: one row per address
    email       varchar(254) not null unique,
    secret      varchar(64)  not null,
    created_at  timestamptz  not null
);

-- An alert: the board's filters as its canonical query string ("" for every job, else "?role=...&remote=true"),
-- re-read with the board's own parser on every run, so the alert and the board always ask the same question.
create table job_alert (
    id             bigserial    primary key,
    subscriber_id  bigint       not null references alert_subscriber (id) on delete cascade,
    filters        text         not null,
    frequency      varchar(10)  not null check (frequency in ('DAILY', 'WEEKLY')),
    created_at     timestamptz  not null,
    -- null until the address is confirmed: nothing is sent before
    confirmed_at   timestamptz,
    -- jobs published up to this time were considered (the confirmation time, then each run's start)
    checked_until  timestamptz,
    -- the start of the last run that considered this alert (null: due at the next run)
    last_run_at    timestamptz,
    -- when the last alert e-mail was queued (a run with no new job sends nothing)
    last_sent_at   timestamptz,
    unique (subscriber_id, filters)
);
create index job_alert_due_idx on job_alert (last_run_at nulls first) where confirmed_at is not null;
create index job_alert_pending_idx on job_alert (created_at) where confirmed_at is null;

-- Every accepted "E-mail me new jobs" submission, for the rate limits per client address and per e-mail address.
-- The address is kept only as a hash; forgetting the address deletes its rows.
create table alert_attempt (
    id          bigserial   primary key,
    client      varchar(64) not null,
    email_hash  varchar(64) not null,
    at          timestamptz not null
);
create index alert_attempt_client_idx on alert_attempt (client, at);
create index alert_attempt_email_idx on alert_attempt (email_hash, at);

-- Each alert run (scheduled or started by an admin), for the admin page.
create table job_alert_run (
    id              bigserial    primary key,
    started_at      timestamptz  not null,
    finished_at     timestamptz  not null,
    started_by      varchar(100) not null,
    alerts_checked  integer      not null,
    emails_queued   integer      not null
);

-- Messages that belong to a feature's topic ('alerts'), so that forgetting an address removes them.
alter table outbox add column topic varchar(40);
create index outbox_topic_idx on outbox (topic, lower(recipient)) where topic is not null;
