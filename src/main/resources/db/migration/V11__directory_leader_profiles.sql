-- Leaders' public profiles. person_id is the Leader's account id (the account module owns
-- accounts; the directory only shows what the Leader chose to make public). Contact details
-- are empty unless the Leader adds them; unlisted profiles are not shown at all.
create table leader_profile (
    person_id    uuid          not null primary key,
    display_name varchar(100)  not null,
    languages    varchar(100)  not null,
    about        varchar(500),
    public_email varchar(254),
    public_phone varchar(40),
    listed       boolean       not null,
    updated_at   timestamp with time zone not null
);

-- The groups a Leader leads; a group shows its listed Leaders.
create table leader_profile_group (
    person_id uuid not null references leader_profile (person_id) on delete cascade,
    group_id  uuid not null references organization_unit (id) on delete cascade,
    primary key (person_id, group_id)
);
create index leader_profile_group_group on leader_profile_group (group_id);
