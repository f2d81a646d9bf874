-- E-mail outbox: a message is a row written in the same transaction as the change that causes it; the scheduled
-- sender (mail/OutboxSender) delivers due rows, one replica at a time, and marks them sent. A failed delivery is
-- retried later with a growing delay, so a mail server outage loses nothing.
create table outbox (
    id               bigserial primary key,
    recipient        varchar(254) not null,
    subject          varchar(300) not null,
    text_body        text         not null,
    html_body        text         not null,
    -- extra headers, one "Name: value" a line (List-Unsubscribe on alerts)
    headers          text         not null default '',
    created_at       timestamptz  not null,
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null,
    sent_at          timestamptz,
    last_error       varchar(500)
);
create index outbox_due_idx on outbox (next_attempt_at) where sent_at is null;
create index outbox_recipient_idx on outbox (lower(recipient), created_at desc);
