-- Leaders' contact log (decision 22): the help a Leader gives, counted for activity
-- reports. No names and nothing about a family: a date, a channel and topics. The group
-- and area are the ones the contact counts in, fixed when it is logged.
create table help_contact (
    id           uuid         not null primary key,
    leader_id    uuid         not null,
    group_id     uuid,
    area_id      uuid,
    contact_date date         not null,
    channel      varchar(20)  not null,
    topics       varchar(300) not null,
    recorded_at  timestamp with time zone not null
);
create index help_contact_leader on help_contact (leader_id, contact_date);
create index help_contact_group on help_contact (group_id, contact_date);
create index help_contact_area on help_contact (area_id, contact_date);

-- A meeting a Leader held, and how many came: a number, never who.
create table help_meeting_held (
    id           uuid        not null primary key,
    leader_id    uuid        not null,
    group_id     uuid        not null,
    area_id      uuid,
    meeting_date date        not null,
    attendees    integer     not null,
    recorded_at  timestamp with time zone not null
);
create index help_meeting_held_leader on help_meeting_held (leader_id, meeting_date);
create index help_meeting_held_group on help_meeting_held (group_id, meeting_date);
create index help_meeting_held_area on help_meeting_held (area_id, meeting_date);
