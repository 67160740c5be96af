-- PostgreSQL's V34 adds trigram indexes for "contains" searches (db/vendor/postgresql). H2, the single-machine
-- default, has no such index and reads the workers table for those searches; this keeps the versions in step.
SELECT 1;
