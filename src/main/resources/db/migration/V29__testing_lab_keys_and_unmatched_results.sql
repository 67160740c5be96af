-- Testing: laboratories' API keys (kept as SHA-256 hashes; the key is shown once) and the inbox of results
-- that matched no sample as they came. A result is never lost: what fits no sample waits here until a clerk
-- matches or discards it. The unique key makes a lab's repeated post of the same result land once.
CREATE SEQUENCE ts_lab_api_key_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE ts_lab_api_key (
    id            BIGINT                    NOT NULL PRIMARY KEY,
    lab           VARCHAR(200)              NOT NULL,
    key_start     VARCHAR(20)               NOT NULL,
    key_hash      VARCHAR(64)               NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE  NOT NULL,
    created_by    VARCHAR(100)              NOT NULL,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    version       BIGINT                    DEFAULT 0 NOT NULL,
    CONSTRAINT uq_ts_lab_api_key_hash UNIQUE (key_hash)
);

CREATE SEQUENCE ts_unmatched_result_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE ts_unmatched_result (
    id               BIGINT                    NOT NULL PRIMARY KEY,
    barcode          VARCHAR(40)               NOT NULL,
    result           VARCHAR(12)               NOT NULL,
    result_at        TIMESTAMP WITH TIME ZONE  NOT NULL,
    lab              VARCHAR(200)              NOT NULL,
    source           VARCHAR(6)                NOT NULL,
    received_at      TIMESTAMP WITH TIME ZONE  NOT NULL,
    reason           VARCHAR(16)               NOT NULL,
    hint_passport    VARCHAR(200),
    hint_name        VARCHAR(200),
    hint_birth_date  DATE,
    status           VARCHAR(10)               NOT NULL,
    sample_id        BIGINT                    REFERENCES ts_sample (id),
    handled_by       VARCHAR(100),
    handled_at       TIMESTAMP WITH TIME ZONE,
    discard_reason   VARCHAR(200),
    version          BIGINT                    DEFAULT 0 NOT NULL,
    CONSTRAINT uq_ts_unmatched_result UNIQUE (barcode, result_at, result),
    CONSTRAINT ck_ts_unmatched_status CHECK (status IN ('OPEN', 'MATCHED', 'DISCARDED'))
);

CREATE INDEX ix_ts_unmatched_status ON ts_unmatched_result (status, received_at);
