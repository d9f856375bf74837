-- Emails are written here in the same transaction as the change they announce, then delivered
-- with retries, so an acknowledged action never loses its email.
create table mail_outbox (
    id            uuid          not null primary key,
    recipient     varchar(320)  not null,
    subject       varchar(300)  not null,
    body          varchar(20000) not null,
    created_at    timestamp with time zone not null,
    attempts      int           not null,
    next_attempt  timestamp with time zone not null,
    sent_at       timestamp with time zone,
    last_error    varchar(500),
    version       bigint        not null
);
create index mail_outbox_pending on mail_outbox (sent_at, next_attempt);
