-- Usernames are unique without regard to case ("ADMIN" and "admin" are one name). Accounts that collided are kept,
-- renamed (".dup" and their id appended) and disabled, so the migration never fails; an admin re-enables them.
update admin_user set username = left(username, 40) || '.dup' || id, disabled_at = coalesce(disabled_at, now()),
       disabled_by = coalesce(disabled_by, 'migration'), session_version = session_version + 1
 where id not in (select min(id) from admin_user group by lower(username));
create unique index admin_user_username_lower_idx on admin_user (lower(username));

-- Every change to an admin account: who did what to whom, and when. Shown on /admin/users.
create table admin_audit (
    id      bigserial primary key,
    at      timestamptz  not null default now(),
    actor   varchar(60)  not null,
    action  varchar(20)  not null check (action in ('ADDED', 'PASSWORD_CHANGED', 'DISABLED', 'ENABLED', 'SIGNED_OUT')),
    target  varchar(60)  not null
);
create index admin_audit_at_idx on admin_audit (at desc);
