-- Indexes for the lists' filters at a city's scale (issue 11; docs/benchmarks.md shows the plans).
-- The hotline register filters by risk or outcome and shows the newest calls first.
CREATE INDEX ix_hs_hotline_call_risk ON hs_hotline_call (risk_level, started_at);
CREATE INDEX ix_hs_hotline_call_outcome ON hs_hotline_call (outcome, started_at);
-- Sorted by duration (the longest calls first) without sorting the whole table.
CREATE INDEX ix_hs_hotline_call_duration ON hs_hotline_call (duration_minutes, id);
-- The auditor's list filters by who acted, newest first.
CREATE INDEX ix_audit_event_actor ON audit_event (actor, seq);
