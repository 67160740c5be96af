-- Calls to the psychological hotline (rozmowy na linii wsparcia). The caller is anonymous unless a
-- callback was agreed; the summary is health data (kept out of the audit trail's text).
CREATE SEQUENCE hs_hotline_call_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE hs_hotline_call (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    started_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_minutes     INTEGER       NOT NULL CHECK (duration_minutes BETWEEN 0 AND 600),
    psychologist         VARCHAR(64)   NOT NULL,
    contact_type         VARCHAR(32)   NOT NULL,
    district             VARCHAR(40),
    age_band             VARCHAR(32)   NOT NULL,
    risk_level           VARCHAR(16)   NOT NULL,
    outcome              VARCHAR(32)   NOT NULL,
    emergency_action     VARCHAR(40),
    emergency_action_at  TIMESTAMP WITH TIME ZONE,
    summary              VARCHAR(4000),
    caller_first_name    VARCHAR(100),
    caller_phone         VARCHAR(40),
    version              BIGINT        DEFAULT 0 NOT NULL,
    -- The database holds the rule too: imminent risk always has the action taken and its time.
    CONSTRAINT ck_hs_hotline_call_imminent CHECK (risk_level <> 'IMMINENT'
        OR (emergency_action IS NOT NULL AND emergency_action_at IS NOT NULL))
);

CREATE INDEX ix_hs_hotline_call_psychologist ON hs_hotline_call (psychologist, started_at);
CREATE INDEX ix_hs_hotline_call_started ON hs_hotline_call (started_at);

CREATE TABLE hs_hotline_call_reason (
    call_id  BIGINT      NOT NULL REFERENCES hs_hotline_call (id),
    reason   VARCHAR(32) NOT NULL,
    PRIMARY KEY (call_id, reason)
);
