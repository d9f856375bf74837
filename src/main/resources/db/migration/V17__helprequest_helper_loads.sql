-- Each Leader's load kept on their help_helper row, so routing reads one table and can
-- ask for the least busy online Leaders first (docs/benchmarks.md, "Help requests"):
-- how many requests they are answering, and how many they took in the month (UTC)
-- starting at month_start. HelperLoads counts both again from help_request, the row
-- locked, whenever a request of theirs is taken, given, closed or deleted, and for
-- every Leader at start-up and every night.
alter table help_helper add column open_count int default 0 not null;
alter table help_helper add column month_count int default 0 not null;
alter table help_helper add column month_start timestamp with time zone
    default timestamp with time zone '1970-01-01 00:00:00+00' not null;
create index help_helper_online on help_helper (takes_online, accepting, open_count, person_id);
