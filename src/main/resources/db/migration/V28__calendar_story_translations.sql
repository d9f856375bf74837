-- A campaign's story in several languages (decision 34). calendar_campaign.story stays the
-- original, written in story_language (existing campaigns were written in English); each
-- translation into another of Latch's languages is a row here.
alter table calendar_campaign add column story_language varchar(10) default 'en' not null;

create table calendar_campaign_story (
    campaign_id uuid          not null references calendar_campaign (id) on delete cascade,
    language    varchar(10)   not null,
    story       varchar(8000) not null,
    primary key (campaign_id, language)
);
