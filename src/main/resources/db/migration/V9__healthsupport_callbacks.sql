-- Callbacks the hotline promised (oddzwonienia): one per call whose outcome was "callback agreed".
CREATE SEQUENCE hs_callback_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE hs_callback (
    id               BIGINT       NOT NULL PRIMARY KEY,
    call_id          BIGINT       NOT NULL UNIQUE REFERENCES hs_hotline_call (id),
    promised_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    failed_attempts  INTEGER      NOT NULL CHECK (failed_attempts BETWEEN 0 AND 3),
    closed_at        TIMESTAMP WITH TIME ZONE,
    closed_by        VARCHAR(64),
    version          BIGINT       DEFAULT 0 NOT NULL
);

CREATE INDEX ix_hs_callback_open ON hs_callback (status, promised_at);
