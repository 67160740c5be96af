-- Testing: notifications of positive results to the employer and to the sanitary station (Sanepid), one
-- each per positive sample, with the worker's isolation period and the steps to send and acknowledge them.
CREATE SEQUENCE ts_notification_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE ts_notification (
    id               BIGINT                    NOT NULL PRIMARY KEY,
    sample_id        BIGINT                    NOT NULL REFERENCES ts_sample (id),
    recipient        VARCHAR(10)               NOT NULL,
    status           VARCHAR(12)               NOT NULL,
    isolation_until  DATE                      NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE  NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    sent_by          VARCHAR(100),
    acknowledged_at  TIMESTAMP WITH TIME ZONE,
    acknowledged_by  VARCHAR(100),
    version          BIGINT                    DEFAULT 0 NOT NULL,
    CONSTRAINT uq_ts_notification UNIQUE (sample_id, recipient),
    CONSTRAINT ck_ts_notification_recipient CHECK (recipient IN ('EMPLOYER', 'SANEPID')),
    CONSTRAINT ck_ts_notification_status CHECK (status IN ('TO_SEND', 'SENT', 'ACKNOWLEDGED', 'WITHDRAWN'))
);

CREATE INDEX ix_ts_notification_status ON ts_notification (status, created_at);
