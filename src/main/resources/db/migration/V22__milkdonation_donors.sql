-- Milk donation (milkdonation module, decision 29): people who offered to donate milk,
-- each sent to the nearest milk bank (bank_id: a milk_place of kind MILK_BANK), the steps
-- the bank's staff took with them, every read of their file, the milk they gave, and who
-- works for which bank. What a donor told us and everything about their health is stored
-- only encrypted (*_sealed: key id, then AES-GCM ciphertext); the private link's secret
-- only as its SHA-256 hash. stage never says a test result or a reason.
create table milk_donor (
    id               uuid          not null primary key,
    reference        varchar(12)   not null unique,
    secret_hash      varchar(64)   not null unique,
    bank_id          uuid          not null,
    campaign_id      uuid,
    language         varchar(10)   not null,
    stage            varchar(20)   not null,
    name_sealed      varchar(400)  not null,
    email_sealed     varchar(700),
    phone_sealed     varchar(300),
    place_sealed     varchar(600)  not null,
    baby_sealed      varchar(200)  not null,
    screening_sealed varchar(1000) not null,
    pledge_amount    numeric(8,1),
    pledge_unit      varchar(2),
    pledged_at       timestamp with time zone,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          bigint        not null
);
create index milk_donor_bank on milk_donor (bank_id, stage, created_at);
create index milk_donor_campaign on milk_donor (campaign_id);
create index milk_donor_updated on milk_donor (updated_at);

-- Every step of a donor's way, with who took it (null: the donor) and when; the outcome
-- (a test result, a reason) and the staff's note are sealed.
create table milk_donor_step (
    id             uuid          not null primary key,
    donor_id       uuid          not null references milk_donor (id) on delete cascade,
    kind           varchar(30)   not null,
    actor_id       uuid,
    outcome_sealed varchar(300),
    note_sealed    varchar(6000),
    at             timestamp with time zone not null
);
create index milk_donor_step_donor on milk_donor_step (donor_id, at);

-- Every opening of a donor's file by the bank's staff; the donor sees this list.
create table milk_donor_read (
    id        uuid          not null primary key,
    donor_id  uuid          not null references milk_donor (id) on delete cascade,
    reader_id uuid          not null,
    reader    varchar(120)  not null,
    read_at   timestamp with time zone not null
);
create index milk_donor_read_donor on milk_donor_read (donor_id, read_at);

-- Milk given at the bank or one of its depots (place_id), as entered (amount and unit:
-- OZ for US fluid ounces, ML), reported by the donor or logged by staff, counted once the
-- bank confirmed it. A deleted donor's donations stay, without the donor, so totals hold.
create table milk_donation (
    id           uuid          not null primary key,
    donor_id     uuid          references milk_donor (id) on delete set null,
    bank_id      uuid          not null,
    place_id     uuid          not null,
    campaign_id  uuid,
    donated_on   date          not null,
    amount       numeric(8,1)  not null,
    unit         varchar(2)    not null,
    reported_by  varchar(10)   not null,
    logged_by    uuid,
    logged_at    timestamp with time zone not null,
    confirmed_by uuid,
    confirmed_at timestamp with time zone
);
create index milk_donation_donor on milk_donation (donor_id, donated_on);
create index milk_donation_bank on milk_donation (bank_id, confirmed_at);
create index milk_donation_campaign on milk_donation (campaign_id);

-- Milk-bank staff: each account works for one bank (role MILK_BANK_STAFF in role_grant
-- says that they do; this row says where).
create table milk_bank_staff (
    account_id uuid not null primary key,
    bank_id    uuid not null,
    added_by   uuid not null,
    added_at   timestamp with time zone not null
);
create index milk_bank_staff_bank on milk_bank_staff (bank_id);
