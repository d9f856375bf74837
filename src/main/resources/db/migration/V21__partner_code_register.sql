-- WHO Code register (partner module): organizations that may sponsor or exhibit, each with
-- what it makes or sells, the attestation given for it and its review. Whether an entry is
-- current is computed from expires_on and today's date (decision 28), never stored.
create table partner_sponsor (
    id                    uuid          not null primary key,
    submitter_id          uuid          not null,
    status                varchar(20)   not null,
    organization_name     varchar(200)  not null,
    country               varchar(2)    not null,
    website               varchar(300),
    sponsor_role          varchar(20)   not null,
    products_description  varchar(1000) not null,
    affiliated_in_scope   boolean       not null,
    signer_name           varchar(100)  not null,
    signer_title          varchar(100)  not null,
    signer_email          varchar(254)  not null,
    attestation_version   varchar(20)   not null,
    attestation_language  varchar(10)   not null,
    attested_at           timestamp with time zone not null,
    approved_on           date,
    expires_on            date,
    submitted_at          timestamp with time zone not null,
    decided_at            timestamp with time zone,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    version               bigint        not null
);
create index partner_sponsor_current on partner_sponsor (status, expires_on);
create index partner_sponsor_submitter on partner_sponsor (submitter_id, submitted_at);

-- What each organization makes or sells (ProductCategory names).
create table partner_sponsor_product (
    sponsor_id uuid        not null references partner_sponsor (id) on delete cascade,
    category   varchar(30) not null,
    primary key (sponsor_id, category)
);

-- Every step of an entry's way: who (an account id), when, what, and the reason given.
create table partner_sponsor_step (
    id         uuid          not null primary key,
    sponsor_id uuid          not null references partner_sponsor (id) on delete cascade,
    at         timestamp with time zone not null,
    actor_id   uuid          not null,
    action     varchar(30)   not null,
    note       varchar(2000)
);
create index partner_sponsor_step_sponsor on partner_sponsor_step (sponsor_id, at);

-- Reports of Code violations, sent without an account. reporter_email is kept only until
-- the report is decided; photo_file is a generated name of a file under the data
-- directory. The summary_* columns are the moderator's anonymized public summary.
create table partner_violation_report (
    id                   uuid          not null primary key,
    status               varchar(20)   not null,
    received_at          timestamp with time zone not null,
    language             varchar(10)   not null,
    place                varchar(200)  not null,
    country              varchar(2)    not null,
    observed_on          date          not null,
    company              varchar(200)  not null,
    product              varchar(200),
    product_kind         varchar(30)   not null,
    article              varchar(30)   not null,
    description          varchar(4000) not null,
    photo_file           varchar(60),
    photo_type           varchar(20),
    photo_size           bigint,
    reporter_email       varchar(254),
    duplicate_of         uuid,
    summary_company      varchar(200),
    summary_product_kind varchar(30),
    summary_article      varchar(30),
    summary_country      varchar(2),
    summary_month        date,
    summary_text         varchar(1000),
    published_at         timestamp with time zone,
    decided_at           timestamp with time zone,
    version              bigint        not null
);
create index partner_violation_report_status on partner_violation_report (status, received_at);

-- Every step of a report's moderation; actor_id is empty for the anonymous report itself.
create table partner_violation_step (
    id        uuid          not null primary key,
    report_id uuid          not null references partner_violation_report (id) on delete cascade,
    at        timestamp with time zone not null,
    actor_id  uuid,
    action    varchar(30)   not null,
    note      varchar(2000)
);
create index partner_violation_step_report on partner_violation_step (report_id, at);
