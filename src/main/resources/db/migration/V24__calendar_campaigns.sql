-- Campaigns such as the Miracle Milk Stroll: a day co-hosted by organizations, with local
-- sites and a virtual option, and the registrations of the people who join them.
create table calendar_campaign (
    id             uuid          not null primary key,
    organizer      uuid          not null references organization_unit (id),
    name           varchar(120)  not null,
    story          varchar(8000) not null,
    held_on        date          not null,
    zone           varchar(60)   not null,
    virtual_option boolean       not null,
    ounces_goal    integer,
    currency       varchar(3)    not null,
    published      boolean       not null,
    created_at     timestamp with time zone not null,
    version        bigint        not null
);
create index calendar_campaign_day on calendar_campaign (published, held_on);

-- Co-hosting organizations, in the order the organizer chose (the organizer is not repeated).
create table calendar_campaign_cohost (
    campaign_id uuid    not null references calendar_campaign (id) on delete cascade,
    sort_order  integer not null,
    unit_id     uuid    not null references organization_unit (id),
    primary key (campaign_id, sort_order)
);

-- Sponsors chosen from the WHO Code register; each page view asks which are current.
create table calendar_campaign_sponsor (
    campaign_id uuid not null references calendar_campaign (id) on delete cascade,
    sponsor_id  uuid not null,
    primary key (campaign_id, sponsor_id)
);

-- A local site. taken counts the people of its confirmed registrations; it is changed
-- only while the row is locked, so two registrations for the last place cannot both fit.
create table calendar_site (
    id           uuid          not null primary key,
    campaign_id  uuid          not null references calendar_campaign (id) on delete cascade,
    name         varchar(120)  not null,
    place        varchar(200)  not null,
    city         varchar(120)  not null,
    latitude     double precision not null,
    longitude    double precision not null,
    coordinator  uuid,
    starts_at    time          not null,
    route_km     numeric(4, 1) not null,
    capacity     integer       not null,
    fee_cents    integer,
    taken        integer       not null,
    created_at   timestamp with time zone not null,
    version      bigint        not null
);
create index calendar_site_campaign on calendar_site (campaign_id);

create table calendar_team (
    id          uuid         not null primary key,
    campaign_id uuid         not null references calendar_campaign (id) on delete cascade,
    name        varchar(80)  not null,
    name_key    varchar(80)  not null,
    created_at  timestamp with time zone not null,
    unique (campaign_id, name_key)
);

-- One registration per form sent (secret_hash: the private link's hash, made with the form,
-- so a form sent twice registers once). status: CONFIRMED, WAITLISTED or CANCELLED;
-- fee_owed_cents only on confirmed places of a site with a fee.
create table calendar_registration (
    id             uuid          not null primary key,
    campaign_id    uuid          not null references calendar_campaign (id) on delete cascade,
    site_id        uuid          references calendar_site (id) on delete cascade,
    team_id        uuid          references calendar_team (id) on delete set null,
    secret_hash    varchar(64)   not null unique,
    reference      varchar(12)   not null,
    display_name   varchar(80)   not null,
    email          varchar(254)  not null,
    language       varchar(10)   not null,
    people         integer       not null,
    status         varchar(12)   not null,
    fee_owed_cents integer,
    created_at     timestamp with time zone not null,
    changed_at     timestamp with time zone not null,
    version        bigint        not null
);
create index calendar_registration_campaign on calendar_registration (campaign_id, status);
create index calendar_registration_waitlist on calendar_registration (site_id, status, created_at);
