-- Routing counts, for each Leader it considers, the requests they are answering and those
-- they took this month in one query (HelpRequestRepository.loads). With the status and
-- the assignment time in the index, PostgreSQL answers it from the index alone instead of
-- reading one table row per past request (docs/benchmarks.md, "Help requests"). It also
-- serves every lookup by Leader and status, as help_request_helper did.
create index help_request_helper_load on help_request (helper_id, status, assigned_at);
drop index help_request_helper;
