-- Procurement requests (wnioski o udzielenie zamówienia) and their decisions. Whoever decides is never
-- whoever asked: the service refuses it, and so does the database.
CREATE SEQUENCE pr_request_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE pr_request (
    id                BIGINT         NOT NULL PRIMARY KEY,
    subject           VARCHAR(300)   NOT NULL,
    cpv               VARCHAR(40)    NOT NULL,
    budget_line_id    BIGINT         NOT NULL REFERENCES pr_budget_line (id),
    estimated_net     NUMERIC(15, 2) NOT NULL CHECK (estimated_net > 0),
    legal_basis       VARCHAR(40)    NOT NULL,
    status            VARCHAR(16)    NOT NULL,
    requested_by      VARCHAR(64)    NOT NULL,
    requested_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by        VARCHAR(64),
    decided_at        TIMESTAMP WITH TIME ZONE,
    rejection_reason  VARCHAR(500),
    version           BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT ck_pr_request_segregation CHECK (decided_by IS NULL OR decided_by <> requested_by),
    CONSTRAINT ck_pr_request_rejection CHECK (status <> 'REJECTED' OR rejection_reason IS NOT NULL)
);

CREATE INDEX ix_pr_request_status ON pr_request (status, requested_at);

CREATE SEQUENCE pr_request_event_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE pr_request_event (
    id          BIGINT        NOT NULL PRIMARY KEY,
    request_id  BIGINT        NOT NULL REFERENCES pr_request (id),
    status      VARCHAR(16)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    reason      VARCHAR(500),
    version     BIGINT        DEFAULT 0 NOT NULL
);

CREATE INDEX ix_pr_request_event_request ON pr_request_event (request_id, at);
