-- When a meeting last changed (rule, cancellations, extra dates...), so HSDS API clients
-- (modified_after, last_modified) can fetch only what changed. Existing meetings have not
-- changed since they were created.
alter table meeting add column updated_at timestamp with time zone;
update meeting set updated_at = created_at;
alter table meeting alter column updated_at set not null;
create index meeting_updated on meeting (updated_at);
