-- Returning callers (stali rozmówcy): with the caller's consent, a short pseudonymous code read out to
-- them links their calls into one history. No name is stored: the code is all the system knows of them.
CREATE TABLE hs_returning_caller (
    code           VARCHAR(7)   NOT NULL PRIMARY KEY,
    consented_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_by  VARCHAR(64)  NOT NULL,
    version        BIGINT       DEFAULT 0 NOT NULL
);

ALTER TABLE hs_hotline_call ADD COLUMN caller_code VARCHAR(7) REFERENCES hs_returning_caller (code);

CREATE INDEX ix_hs_hotline_call_caller ON hs_hotline_call (caller_code, started_at);
