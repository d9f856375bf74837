-- A unit's public profile: where it meets (street address and postal code; the city and
-- coordinates are already on the unit), how to reach it, and a description per language.
alter table organization_unit add column street_address varchar(200);
alter table organization_unit add column postal_code varchar(20);
alter table organization_unit add column email varchar(254);
alter table organization_unit add column phone varchar(40);
alter table organization_unit add column website varchar(300);

create table organization_unit_description (
    unit_id     uuid          not null references organization_unit (id) on delete cascade,
    language    varchar(10)   not null,
    description varchar(2000) not null,
    primary key (unit_id, language)
);
