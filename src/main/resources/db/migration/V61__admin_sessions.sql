-- Server-side revocation of admin sessions: every session cookie names the session version it was issued under;
-- signing out, changing the password and disabling the account raise it, which ends every session of that admin
-- on every replica at the next request. A disabled admin cannot sign in until re-enabled.
alter table admin_user add column session_version integer not null default 1;
alter table admin_user add column disabled_at timestamptz;
alter table admin_user add column disabled_by varchar(60);
