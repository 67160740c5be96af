-- Testing: result documents (zaświadczenia o wyniku). Each states a sample's result, carries a UVCI-shaped
-- identifier and a random token behind its QR code; a corrected result revokes it.
CREATE SEQUENCE ts_result_document_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE ts_result_document (
    id          BIGINT                    NOT NULL PRIMARY KEY,
    sample_id   BIGINT                    NOT NULL REFERENCES ts_sample (id),
    uvci        VARCHAR(60)               NOT NULL,
    token       VARCHAR(40)               NOT NULL,
    result      VARCHAR(12)               NOT NULL,
    status      VARCHAR(8)                NOT NULL,
    issued_at   TIMESTAMP WITH TIME ZONE  NOT NULL,
    issued_by   VARCHAR(100)              NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    version     BIGINT                    DEFAULT 0 NOT NULL,
    CONSTRAINT uq_ts_result_document_uvci UNIQUE (uvci),
    CONSTRAINT uq_ts_result_document_token UNIQUE (token),
    CONSTRAINT ck_ts_result_document_status CHECK ((status = 'VALID' AND revoked_at IS NULL)
                                                OR (status = 'REVOKED' AND revoked_at IS NOT NULL))
);

CREATE INDEX ix_ts_result_document_sample ON ts_result_document (sample_id, status);
