-- Groups' recurring meetings. group_id names an organization unit of kind GROUP; there is no
-- foreign key because the directory owns that table (the calendar will react to GroupDelisted).
-- The rule (RFC 5545 RRULE) is expanded in wall-clock time in time_zone from first_date at
-- start_time, so a 10:00 meeting stays at 10:00 when the clocks change.
create table meeting (
    id               uuid          not null primary key,
    group_id         uuid          not null,
    title            varchar(200),
    rrule            varchar(500)  not null,
    first_date       date          not null,
    start_time       time          not null,
    duration_minutes int           not null,
    time_zone        varchar(64)   not null,
    format           varchar(20)   not null,
    created_at       timestamp with time zone not null,
    version          bigint        not null
);
create index meeting_group on meeting (group_id);

-- BCP 47 tags, main language first.
create table meeting_language (
    meeting_id uuid        not null references meeting (id) on delete cascade,
    position   int         not null,
    language   varchar(10) not null,
    primary key (meeting_id, position)
);

create table meeting_audience (
    meeting_id uuid        not null references meeting (id) on delete cascade,
    audience   varchar(30) not null,
    primary key (meeting_id, audience)
);

create table meeting_accessibility (
    meeting_id    uuid        not null references meeting (id) on delete cascade,
    accessibility varchar(30) not null,
    primary key (meeting_id, accessibility)
);

-- Dates (in the meeting's zone) on which the rule's occurrence does not take place.
create table meeting_cancellation (
    meeting_id     uuid not null references meeting (id) on delete cascade,
    cancelled_date date not null,
    primary key (meeting_id, cancelled_date)
);

-- One-off dates besides the rule, at a wall-clock time in the meeting's zone.
create table meeting_extra_date (
    meeting_id uuid not null references meeting (id) on delete cascade,
    extra_date date not null,
    start_time time not null,
    primary key (meeting_id, extra_date, start_time)
);
