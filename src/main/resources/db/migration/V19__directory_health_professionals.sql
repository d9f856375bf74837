-- Lactation consultants (IBCLCs) and doctors whom Leaders may refer families to. They are
-- listed publicly, with the practice address they gave, only after they agreed to be:
-- consented_at records when the administrator noted that agreement. Removing a listing
-- deletes its row.
create table health_professional (
    id             uuid          not null primary key,
    kind           varchar(20)   not null,
    unit_id        uuid references organization_unit (id) on delete set null,
    name           varchar(200)  not null,
    credentials    varchar(100),
    iblce_number   varchar(9),
    practice       varchar(200),
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
    telehealth     boolean       not null,
    consented_at   timestamp with time zone not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null
);
create index health_professional_unit on health_professional (unit_id);
