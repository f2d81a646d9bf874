-- Jobs posted by employers themselves. The job row is a DRAFT (not public) until an admin approves it; this
-- table holds who posted it and where it is in review. Deleting the job deletes this row.
create table employer_job (
    job_id             bigint       primary key references job (id) on delete cascade,
    employer_name      varchar(200) not null,
    employer_email     varchar(254) not null,
    state              varchar(20)  not null check (state in ('UNCONFIRMED', 'PENDING', 'APPROVED', 'REJECTED', 'CLOSED')),
    reason             text,
    feature_requested  boolean      not null default false,
    -- the closing date the expiry reminder was sent for: one reminder per job and closing date
    reminded_for       date,
    submitted_at       timestamptz  not null,
    updated_at         timestamptz  not null
);
create index employer_job_email_idx on employer_job (lower(employer_email));
create index employer_job_state_idx on employer_job (state, submitted_at);

-- Every "Post a job" submission that passed the form's checks, for the rate limits per address and per e-mail.
create table posting_attempt (
    id           bigserial primary key,
    client       varchar(64)  not null,
    email        varchar(254) not null,
    at           timestamptz  not null
);
create index posting_attempt_client_idx on posting_attempt (client, at);
create index posting_attempt_email_idx on posting_attempt (lower(email), at);

alter table job_audit drop constraint job_audit_action_check;
alter table job_audit add constraint job_audit_action_check check (action in ('CREATED', 'EDITED', 'FEATURED',
    'UNFEATURED', 'EXPIRED', 'DELETED', 'SUBMITTED', 'CONFIRMED', 'APPROVED', 'REJECTED', 'CLOSED', 'RENEWED',
    'FEATURE_REQUESTED'));
