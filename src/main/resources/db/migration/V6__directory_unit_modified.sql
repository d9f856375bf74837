-- When a unit last changed, so API clients (HSDS modified_after) can fetch only what changed.
-- Existing units have not changed since they were created.
alter table organization_unit add column updated_at timestamp with time zone;
update organization_unit set updated_at = created_at;
alter table organization_unit alter column updated_at set not null;
create index organization_unit_updated on organization_unit (updated_at);
