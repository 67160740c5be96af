-- Testing: samples (próbki) taken from booked workers, identified by the barcode on the tube, and their
-- laboratory results. A worker has at most one pending sample per slot (open_marker is 1 while pending,
-- NULL once answered, and NULLs never collide in a unique key).
CREATE SEQUENCE ts_sample_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE ts_sample (
    id             BIGINT                    NOT NULL PRIMARY KEY,
    barcode        VARCHAR(40)               NOT NULL,
    worker_id      BIGINT                    NOT NULL REFERENCES ts_worker (id),
    slot_id        BIGINT                    NOT NULL REFERENCES ts_slot (id),
    test_type      VARCHAR(10)               NOT NULL,
    collected_at   TIMESTAMP WITH TIME ZONE  NOT NULL,
    collected_by   VARCHAR(200)              NOT NULL,
    lab            VARCHAR(200)              NOT NULL,
    result         VARCHAR(12)               NOT NULL,
    result_at      TIMESTAMP WITH TIME ZONE,
    result_source  VARCHAR(6),
    result_by      VARCHAR(100),
    open_marker    SMALLINT,
    version        BIGINT                    DEFAULT 0 NOT NULL,
    CONSTRAINT uq_ts_sample_barcode UNIQUE (barcode),
    CONSTRAINT uq_ts_sample_open UNIQUE (worker_id, slot_id, open_marker),
    CONSTRAINT ck_ts_sample_type CHECK (test_type IN ('RT_PCR', 'ANTIGEN')),
    CONSTRAINT ck_ts_sample_result CHECK (
        (result = 'PENDING' AND result_at IS NULL AND open_marker = 1)
        OR (result IN ('NEGATIVE', 'POSITIVE', 'INCONCLUSIVE', 'INVALID') AND result_at IS NOT NULL AND open_marker IS NULL))
);

CREATE INDEX ix_ts_sample_worker ON ts_sample (worker_id, collected_at);
CREATE INDEX ix_ts_sample_collected ON ts_sample (collected_at);
CREATE INDEX ix_ts_sample_result ON ts_sample (result, collected_at);
