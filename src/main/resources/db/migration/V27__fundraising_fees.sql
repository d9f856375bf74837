-- Registration fees, closed pages and thank-you emails (fundraising module, decision 33).
-- A registration's fee as paid: at most one row per registration (the primary key), so a
-- second delivery of Stripe's event or a second paid Checkout Session cannot record a
-- second payment. method: ONLINE (Stripe Checkout) or CASH (marked by a coordinator or an
-- organizer, recorded_by). refund_due: paid for a registration cancelled meanwhile, until
-- Stripe reports the refund (refunded_at). registration_id, campaign_id and site_id are
-- the calendar module's ids.
create table fundraising_fee_payment (
    registration_id  uuid          not null primary key,
    campaign_id      uuid          not null,
    site_id          uuid,
    amount_cents     bigint        not null,
    currency         varchar(3)    not null,
    method           varchar(10)   not null,
    checkout_session varchar(255)  unique,
    payment_intent   varchar(255)  unique,
    recorded_by      uuid,
    paid_at          timestamp with time zone not null,
    refund_due       boolean       not null,
    refunded_at      timestamp with time zone
);
create index fundraising_fee_payment_campaign on fundraising_fee_payment (campaign_id, paid_at);

-- A person's page closes when its registration is cancelled: off the leaderboards, no
-- more gifts; the gifts it received stay in the totals.
alter table fundraising_page add column closed_at timestamp with time zone;

-- The second private link of a gift, made when it is recorded and sent to the giver's
-- address in the thank-you email (Latch keeps no copy of either link).
alter table fundraising_gift add column mail_secret_hash varchar(64);
create unique index fundraising_gift_mail_secret on fundraising_gift (mail_secret_hash);

-- One currency per campaign: the calendar's column is the campaign's currency from now on,
-- and fundraising's copy is kept equal to it; campaigns whose funding was set up in another
-- currency than the calendar's default take the one chosen for their funding.
update calendar_campaign set currency = (select f.currency from fundraising_funding f
    where f.campaign_id = calendar_campaign.id)
where exists (select 1 from fundraising_funding f where f.campaign_id = calendar_campaign.id);
