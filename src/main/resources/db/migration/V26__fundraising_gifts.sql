-- Fundraising (fundraising module, decision 32): a campaign's funding (goal, currency and
-- the beneficiaries its gifts are split between, in basis points adding up to 10,000),
-- personal and team pages, gifts (online through Stripe Checkout, or cash and checks
-- entered by a coordinator), each gift's split in cents, refunds, and the Stripe events
-- already handled. campaign_id, site_id, registration_id and calendar_team_id are the
-- calendar module's ids; account ids are the account module's.
create table fundraising_funding (
    campaign_id  uuid          not null primary key,
    goal_cents   bigint        not null,
    currency     varchar(3)    not null,
    updated_at   timestamp with time zone not null,
    version      bigint        not null
);

create table fundraising_beneficiary (
    id           uuid          not null primary key,
    campaign_id  uuid          not null references fundraising_funding (campaign_id) on delete cascade,
    position     int           not null,
    name         varchar(200)  not null,
    legal_name   varchar(200)  not null,
    tax_wording  varchar(1000) not null,
    share_bp     int           not null
);
create index fundraising_beneficiary_campaign on fundraising_beneficiary (campaign_id, position);

-- A personal page (team_page_id: the team page it counts toward) or a team page.
create table fundraising_page (
    id               uuid          not null primary key,
    campaign_id      uuid          not null,
    kind             varchar(10)   not null,
    team_page_id     uuid          references fundraising_page (id),
    site_id          uuid,
    registration_id  uuid          unique,
    calendar_team_id uuid,
    owner_id         uuid,
    title            varchar(120)  not null,
    story            varchar(4000) not null,
    goal_cents       bigint        not null,
    ounces_goal      int,
    ounces_pledged   int,
    created_at       timestamp with time zone not null,
    version          bigint        not null,
    unique (campaign_id, calendar_team_id)
);
create index fundraising_page_campaign on fundraising_page (campaign_id, kind);
create index fundraising_page_team on fundraising_page (team_page_id);

-- A gift: pending until Stripe says it was paid (online), completed at once (offline).
-- The giver reaches it through a private link (secret_hash). receipt_number is unique in
-- its campaign; checkout_session and payment_intent are Stripe's ids.
create table fundraising_gift (
    id               uuid          not null primary key,
    campaign_id      uuid          not null,
    page_id          uuid          not null references fundraising_page (id),
    team_page_id     uuid          references fundraising_page (id),
    site_id          uuid,
    amount_cents     bigint        not null,
    currency         varchar(3)    not null,
    method           varchar(10)   not null,
    status           varchar(10)   not null,
    giver_name       varchar(120)  not null,
    giver_email      varchar(254),
    anonymous        boolean       not null,
    message          varchar(500),
    language         varchar(10)   not null,
    secret_hash      varchar(64)   not null unique,
    receipt_number   varchar(40),
    checkout_session varchar(255)  unique,
    payment_intent   varchar(255)  unique,
    recorded_by      uuid,
    created_at       timestamp with time zone not null,
    completed_at     timestamp with time zone,
    version          bigint        not null,
    unique (campaign_id, receipt_number)
);
create index fundraising_gift_campaign on fundraising_gift (campaign_id, status, completed_at);
create index fundraising_gift_page on fundraising_gift (page_id, status);
create index fundraising_gift_team on fundraising_gift (team_page_id, status);

-- A completed gift's parts, one per beneficiary, adding up to the gift to the cent.
create table fundraising_gift_share (
    gift_id         uuid          not null references fundraising_gift (id),
    beneficiary_id  uuid          not null,
    legal_name      varchar(200)  not null,
    tax_wording     varchar(1000) not null,
    cents           bigint        not null,
    primary key (gift_id, beneficiary_id)
);

-- Money given back: by an organizer (offline), or as Stripe reports it (stripe_event_id).
create table fundraising_refund (
    id              uuid          not null primary key,
    gift_id         uuid          not null references fundraising_gift (id),
    amount_cents    bigint        not null,
    reason          varchar(500)  not null,
    recorded_by     uuid,
    stripe_event_id varchar(255)  unique,
    refunded_at     timestamp with time zone not null
);
create index fundraising_refund_gift on fundraising_refund (gift_id);

-- Every Stripe event handled once: a second delivery of the same event finds its id here.
create table fundraising_stripe_event (
    event_id     varchar(255)  not null primary key,
    type         varchar(100)  not null,
    received_at  timestamp with time zone not null
);
