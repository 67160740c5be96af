-- Testing: retention (okres przechowywania). A worker whose last test (or registration, if never tested) is
-- older than the configured period is anonymised: names, passport, phone and address go, the per-person key
-- of the audit fingerprints is destroyed, and what statistics count (samples, results, employer, nationality,
-- birth year) stays. Workers registered before this migration count as registered today.
ALTER TABLE ts_worker ADD COLUMN registered_on DATE;
UPDATE ts_worker SET registered_on = CURRENT_DATE;
ALTER TABLE ts_worker ALTER COLUMN registered_on SET NOT NULL;
ALTER TABLE ts_worker ADD COLUMN anonymised_on DATE;

CREATE INDEX ix_ts_worker_retention ON ts_worker (anonymised_on, registered_on);
