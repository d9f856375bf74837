-- Partner program (partner module): organizations' applications (Partner Profiles), their
-- IBCLCs, and every step of their review. An approved application is a listed partner.
-- languages is ",en,es," for exact matching; evidence_file is a generated name of a file
-- under the data directory, never the name the applicant's file had.
create table partner_application (
    id                  uuid          not null primary key,
    applicant_id        uuid          not null,
    status              varchar(30)   not null,
    legal_name          varchar(200),
    country             varchar(2),
    region              varchar(100),
    level               varchar(20),
    registration_number varchar(60),
    evidence_file       varchar(60),
    evidence_type       varchar(20),
    evidence_size       bigint,
    members             int,
    employees           int,
    code_pledged        boolean       not null,
    pledged_at          timestamp with time zone,
    languages           varchar(100)  not null,
    contact_name        varchar(100),
    contact_email       varchar(254),
    contact_phone       varchar(30),
    website             varchar(300),
    mission             varchar(2000),
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    submitted_at        timestamp with time zone,
    decided_at          timestamp with time zone,
    version             bigint        not null
);
create index partner_application_applicant on partner_application (applicant_id);
create index partner_application_status on partner_application (status, submitted_at);

-- The IBCLCs an application names, in the order given, with their IBLCE certification
-- numbers (digits only, as checked by PartnerChecks).
create table partner_ibclc (
    application_id uuid         not null references partner_application (id) on delete cascade,
    seq            int          not null,
    name           varchar(100) not null,
    iblce_number   varchar(9)   not null,
    primary key (application_id, seq)
);

-- Every step of an application's way: who (an account id), when, what, and the reason
-- given.
create table partner_step (
    id             uuid          not null primary key,
    application_id uuid          not null references partner_application (id) on delete cascade,
    at             timestamp with time zone not null,
    actor_id       uuid          not null,
    action         varchar(30)   not null,
    note           varchar(2000)
);
create index partner_step_application on partner_step (application_id, at);
