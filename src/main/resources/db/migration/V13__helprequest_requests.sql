-- Families' help requests. What a family wrote and how to reach them is stored only
-- encrypted (*_sealed: key id, then AES-GCM ciphertext); the place is rounded to about
-- 1 km. The private link's secret is kept only as its SHA-256 hash.
create table help_request (
    id              uuid         not null primary key,
    reference       varchar(12)  not null unique,
    secret_hash     varchar(64)  not null unique,
    status          varchar(20)  not null,
    urgent          boolean      not null,
    language        varchar(10)  not null,
    contact_method  varchar(10)  not null,
    latitude        double precision,
    longitude       double precision,
    topics          varchar(300) not null,
    warning_signs   varchar(200) not null,
    name_sealed     varchar(400) not null,
    contact_sealed  varchar(600),
    baby_sealed     varchar(200) not null,
    question_sealed text         not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null
);

create table help_message (
    id          uuid        not null primary key,
    request_id  uuid        not null references help_request (id) on delete cascade,
    author      varchar(10) not null,
    body_sealed text        not null,
    created_at  timestamp with time zone not null
);
create index help_message_request on help_message (request_id, created_at);

-- Every read of a request by a Leader or an administrator; the family sees this list.
create table help_read (
    id         uuid         not null primary key,
    request_id uuid         not null references help_request (id) on delete cascade,
    reader     varchar(120) not null,
    role       varchar(40)  not null,
    read_at    timestamp with time zone not null
);
create index help_read_request on help_read (request_id, read_at);

-- Anonymous counts: one row per request, with no link to it, kept when the request is
-- deleted or purged.
create table help_count (
    id         uuid         not null primary key,
    counted_month date      not null,
    language   varchar(10)  not null,
    urgent     boolean      not null,
    online     boolean      not null,
    topics     varchar(300) not null
);
create index help_count_month on help_count (counted_month);
