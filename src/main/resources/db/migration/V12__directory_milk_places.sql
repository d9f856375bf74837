-- Milk banks and milk depots. A depot's street address and exact coordinates are never
-- shown: the public sees its town and a point rounded to about 5 km, and donors get the
-- address from the milk bank it sends milk to (bank_id).
create table milk_place (
    id             uuid          not null primary key,
    kind           varchar(20)   not null,
    unit_id        uuid references organization_unit (id) on delete set null,
    bank_id        uuid references milk_place (id),
    name           varchar(200)  not null,
    street_address varchar(200),
    city           varchar(120)  not null,
    region         varchar(10),
    postal_code    varchar(20),
    country        varchar(2)    not null,
    latitude       double precision not null,
    longitude      double precision not null,
    phone          varchar(40),
    website        varchar(300),
    languages      varchar(100)  not null,
    created_at     timestamp with time zone not null
);
create index milk_place_latitude on milk_place (latitude);
