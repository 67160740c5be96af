-- Text search that finds a part of a name or a passport number ("contains") at a city's scale (issue 11): trigram
-- indexes answer LIKE '%…%' without reading every worker. pg_trgm ships with PostgreSQL and is a trusted extension:
-- the database's owner may create it; where the application's user may not, an administrator runs this statement
-- once beforehand (docs/deployment.md) and it is a no-op here.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ix_ts_worker_search_name_trgm ON ts_worker USING gin (search_name gin_trgm_ops);
CREATE INDEX ix_ts_worker_passport_trgm ON ts_worker USING gin (passport gin_trgm_ops);
