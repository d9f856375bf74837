-- The partner benefits and obligations ledger (partner module, decision 30).

-- A benefit code: the free conference registration and the free exhibit space, one of
-- each per countersigned term of a partner's agreement. The code is 12 characters of an
-- alphabet without look-alikes, made by a cryptographic random generator; redeemed once,
-- by a platform administrator, at a time.
create table partner_benefit_code (
    id           uuid          not null primary key,
    partner_id   uuid          not null references partner_application (id) on delete cascade,
    agreement_id uuid          not null references partner_agreement (id) on delete cascade,
    term         int           not null,
    benefit      varchar(30)   not null,
    code         varchar(12)   not null,
    valid_from   timestamp with time zone not null,
    valid_until  timestamp with time zone not null,
    issued_at    timestamp with time zone not null,
    redeemed_at  timestamp with time zone,
    redeemed_by  uuid,
    constraint partner_benefit_code_code unique (code),
    -- one code per benefit per term, even when two nodes issue at once
    constraint partner_benefit_code_term unique (partner_id, term, benefit)
);

-- A twice-yearly leadership meeting, its time with the zone it was set in, and its link.
create table partner_leadership_meeting (
    id          uuid          not null primary key,
    title       varchar(150)  not null,
    starts_at   timestamp with time zone not null,
    time_zone   varchar(60)   not null,
    link        varchar(500)  not null,
    created_by  uuid          not null,
    created_at  timestamp with time zone not null
);

-- Each partner in force when a meeting was scheduled is invited once.
create table partner_meeting_invitation (
    meeting_id  uuid          not null references partner_leadership_meeting (id) on delete cascade,
    partner_id  uuid          not null references partner_application (id) on delete cascade,
    invited_at  timestamp with time zone not null,
    primary key (meeting_id, partner_id)
);
create index partner_meeting_invitation_partner on partner_meeting_invitation (partner_id);

-- An event or post a partner asks the program to promote; listed publicly once approved.
create table partner_promotion (
    id            uuid          not null primary key,
    partner_id    uuid          not null references partner_application (id) on delete cascade,
    kind          varchar(10)   not null,
    title         varchar(150)  not null,
    link          varchar(500)  not null,
    on_day        date          not null,
    summary       varchar(300)  not null,
    status        varchar(20)   not null,
    submitted_by  uuid          not null,
    submitted_at  timestamp with time zone not null,
    decided_by    uuid,
    decided_at    timestamp with time zone,
    reason        varchar(500),
    version       bigint        not null
);
create index partner_promotion_partner on partner_promotion (partner_id, submitted_at);
create index partner_promotion_status on partner_promotion (status, on_day);

-- What a partner offers the program in return (translation help, webinar topics,
-- promotion, connection to its members), with the status the staff give it.
create table partner_obligation (
    id          uuid          not null primary key,
    partner_id  uuid          not null references partner_application (id) on delete cascade,
    kind        varchar(20)   not null,
    details     varchar(500)  not null,
    languages   varchar(100)  not null,
    status      varchar(20)   not null,
    offered_by  uuid          not null,
    offered_at  timestamp with time zone not null,
    changed_by  uuid,
    changed_at  timestamp with time zone,
    version     bigint        not null
);
create index partner_obligation_partner on partner_obligation (partner_id, offered_at);

-- The WHO Code register's expiry reminder (decision 28, reminder added with decision 30):
-- the expiry date the submitter was last reminded of, so each date is reminded once.
alter table partner_sponsor add column reminded_for date;
