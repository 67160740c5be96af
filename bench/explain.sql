-- The plans behind the list pages on the generated data set (docs/benchmarks.md, "Plans"):
--   psql -h 127.0.0.1 -U postgres -d citycare_bench -f bench/explain.sql
-- The statements are those EclipseLink sends (read from PostgreSQL's log with log_min_duration_statement), with
-- the parameters written in: a page of 20 (25 for the audit trail), page 500, the benchmark's filters.
\pset pager off
\echo '== samples: first page (newest collection first)'
EXPLAIN (ANALYZE, COSTS off) SELECT t0.id FROM ts_sample t0 ORDER BY t0.collected_at DESC, t0.id DESC LIMIT 20 OFFSET 0;
\echo '== samples: page 500'
EXPLAIN (ANALYZE, COSTS off) SELECT t0.id FROM ts_sample t0 ORDER BY t0.collected_at DESC, t0.id DESC LIMIT 20 OFFSET 9980;
\echo '== samples: counted up to 20,000 (is there a 20,000th row?)'
EXPLAIN (ANALYZE, COSTS off) SELECT t0.id FROM ts_sample t0 LIMIT 1 OFFSET 19999;
\echo '== samples: filtered by text (the matching workers as a subquery)'
EXPLAIN (ANALYZE, COSTS off) SELECT t0.id FROM ts_sample t0 WHERE (t0.barcode LIKE '%MOROZ%' ESCAPE '\'
    OR t0.worker_id IN (SELECT t1.id FROM ts_worker t1 WHERE t1.passport LIKE '%MOROZ%' ESCAPE '\' OR t1.search_name LIKE '%MOROZ%' ESCAPE '\'))
    ORDER BY t0.collected_at DESC, t0.id DESC LIMIT 20;
\echo '== samples: filtered, counted up to 20,000'
EXPLAIN (ANALYZE, COSTS off) SELECT t0.id FROM ts_sample t0 WHERE (t0.barcode LIKE '%MOROZ%' ESCAPE '\'
    OR t0.worker_id IN (SELECT t1.id FROM ts_worker t1 WHERE t1.passport LIKE '%MOROZ%' ESCAPE '\' OR t1.search_name LIKE '%MOROZ%' ESCAPE '\'))
    LIMIT 1 OFFSET 19999;
\echo '== workers: sorted by surname'
EXPLAIN (ANALYZE, COSTS off) SELECT t0.id FROM ts_worker t0 ORDER BY t0.surname ASC, t0.given_names ASC, t0.id ASC LIMIT 20;
\echo '== workers: filtered by text'
EXPLAIN (ANALYZE, COSTS off) SELECT t0.id FROM ts_worker t0 WHERE (t0.search_name LIKE '%MOROZ%' ESCAPE '\' OR t0.passport LIKE '%MOROZ%' ESCAPE '\')
    ORDER BY t0.surname ASC, t0.given_names ASC, t0.id ASC LIMIT 20;
\echo '== hotline calls: sorted by duration, longest first'
EXPLAIN (ANALYZE, COSTS off) SELECT t0.id FROM hs_hotline_call t0 ORDER BY t0.duration_minutes DESC, t0.id DESC LIMIT 20;
\echo '== hotline calls: filtered by risk, newest first'
EXPLAIN (ANALYZE, COSTS off) SELECT t0.id FROM hs_hotline_call t0 WHERE t0.risk_level = 'HIGH' ORDER BY t0.started_at DESC, t0.id DESC LIMIT 20;
\echo '== contracts: page 500 newest signature first'
EXPLAIN (ANALYZE, COSTS off) SELECT t0.id FROM pr_contract t0 ORDER BY t0.signed_on DESC, t0.id DESC LIMIT 20 OFFSET 9980;
\echo '== audit trail: page 500, newest first (its count is the chain head, no scan)'
EXPLAIN (ANALYZE, COSTS off) SELECT seq FROM audit_event ORDER BY seq DESC OFFSET 12475 ROWS FETCH NEXT 25 ROWS ONLY;
\echo '== audit trail: one record type, counted up to 20,000'
EXPLAIN (ANALYZE, COSTS off) SELECT COUNT(*) FROM (SELECT 1 AS one FROM audit_event WHERE entity_type = 'Sample' FETCH FIRST 20000 ROWS ONLY) limited;
\echo '== audit trail: the record types, walking the index'
EXPLAIN (ANALYZE, COSTS off) WITH RECURSIVE types (entity_type) AS (SELECT MIN(entity_type) FROM audit_event
    UNION ALL SELECT (SELECT MIN(e.entity_type) FROM audit_event e WHERE e.entity_type > t.entity_type) FROM types t WHERE t.entity_type IS NOT NULL)
    SELECT entity_type FROM types WHERE entity_type IS NOT NULL ORDER BY entity_type;
