-- Sign-in throttling shared by every replica. One row per client address ('client'), per username and client
-- ('pair') and per username ('user'): the attempts counted in the current window, and for a client the time
-- before which it may not try again (exponential back-off). Rows are claimed with an atomic upsert, so parallel
-- attempts on any number of replicas cannot check more passwords than the limits allow.
create table signin_throttle (
    scope          varchar(6)   not null check (scope in ('client', 'pair', 'user')),
    key            varchar(200) not null,
    window_start   timestamptz  not null,
    attempts       integer      not null default 0,
    blocked_until  timestamptz,
    primary key (scope, key)
);

-- Attempts refused before any password check: the client was backing off.
alter table login_attempt drop constraint login_attempt_outcome_check;
alter table login_attempt add constraint login_attempt_outcome_check
    check (outcome in ('SUCCESS', 'FAILURE', 'LOCKED', 'THROTTLED', 'BUSY'));
