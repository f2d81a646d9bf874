-- Admin area: admin users (bcrypt hashes), sign-in attempts (lockout and audit), the job audit trail, and
-- one-time form tokens that stop a double-submitted form from creating two jobs.

create table admin_user (
    id             bigserial primary key,
    username       varchar(60)  not null unique check (username ~ '^[A-Za-z0-9._@-]{3,60}$'),
    password_hash  varchar(100) not null,
    created_at     timestamptz  not null default now(),
    created_by     varchar(60),
    last_login_at  timestamptz
);

create table login_attempt (
    id            bigserial primary key,
    username      varchar(100) not null,
    outcome       varchar(10)  not null check (outcome in ('SUCCESS', 'FAILURE', 'LOCKED')),
    attempted_at  timestamptz  not null default now(),
    remote_address varchar(64)
);
create index login_attempt_username_idx on login_attempt (username, attempted_at desc);

-- Who did what to which job, and when. Kept when the job is deleted.
create table job_audit (
    id          bigserial primary key,
    job_id      bigint       not null,
    job_title   varchar(200) not null,
    actor       varchar(60)  not null,
    action      varchar(20)  not null check (action in ('CREATED', 'EDITED', 'FEATURED', 'UNFEATURED', 'EXPIRED', 'DELETED')),
    details     text,
    at          timestamptz  not null default now()
);
create index job_audit_job_idx on job_audit (job_id, at desc);

-- A job form's one-time token, recorded with the job it created: a second submission of the same form finds it.
create table form_submission (
    token       varchar(64) primary key,
    job_id      bigint      not null,
    created_at  timestamptz not null default now()
);
