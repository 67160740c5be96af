-- Testing: imports of employers' worker lists. The uploaded file waits here between the preview and the
-- import (so any instance can run or preview it) and is emptied when the import ends; the job's progress is
-- written by the job itself and polled by the page. The column choices a clerk made for an employer's
-- headers are remembered for that employer's next list.
CREATE SEQUENCE ts_worker_import_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE ts_worker_import (
    id             BIGINT                    NOT NULL PRIMARY KEY,
    employer_id    BIGINT                    NOT NULL REFERENCES ts_employer (id),
    file_name      VARCHAR(255)              NOT NULL,
    content        BYTEA,
    sheet          INTEGER                   DEFAULT 0 NOT NULL,
    mapping        VARCHAR(2000),
    status         VARCHAR(10)               NOT NULL,
    rows_total     INTEGER                   DEFAULT 0 NOT NULL,
    rows_done      INTEGER                   DEFAULT 0 NOT NULL,
    created        INTEGER                   DEFAULT 0 NOT NULL,
    updated        INTEGER                   DEFAULT 0 NOT NULL,
    unchanged      INTEGER                   DEFAULT 0 NOT NULL,
    skipped        INTEGER                   DEFAULT 0 NOT NULL,
    cancel_asked   BOOLEAN                   DEFAULT FALSE NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE  NOT NULL,
    uploaded_by    VARCHAR(100)              NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE,
    heartbeat_at   TIMESTAMP WITH TIME ZONE,
    finished_at    TIMESTAMP WITH TIME ZONE,
    version        BIGINT                    DEFAULT 0 NOT NULL,
    CONSTRAINT ck_ts_worker_import_status CHECK (status IN ('UPLOADED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED')),
    CONSTRAINT ck_ts_worker_import_rows CHECK (rows_done <= rows_total)
);

CREATE INDEX ix_ts_worker_import_employer ON ts_worker_import (employer_id, uploaded_at);

CREATE TABLE ts_worker_import_mapping (
    employer_id  BIGINT         NOT NULL PRIMARY KEY REFERENCES ts_employer (id),
    choices      VARCHAR(4000)  NOT NULL,
    version      BIGINT         DEFAULT 0 NOT NULL
);
