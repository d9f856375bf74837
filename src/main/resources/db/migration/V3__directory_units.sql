-- Organization units: international, national, area and local-group levels in one tree.
-- path holds the ids from the root down ("/<root>/<national>/<area>/"), so a subtree is a prefix.
create table organization_unit (
    id          uuid         not null primary key,
    parent_id   uuid references organization_unit (id),
    path        varchar(1000) not null,
    kind        varchar(20)  not null,
    slug        varchar(80)  not null,
    name        varchar(200) not null,
    country     varchar(2),
    region      varchar(10),
    city        varchar(120),
    latitude    double precision,
    longitude   double precision,
    online      boolean      not null,
    languages   varchar(100) not null,
    terminology varchar(30),
    created_at  timestamp with time zone not null,
    constraint organization_unit_slug_unique unique (slug)
);
create index organization_unit_path on organization_unit (path);
create index organization_unit_parent on organization_unit (parent_id);
