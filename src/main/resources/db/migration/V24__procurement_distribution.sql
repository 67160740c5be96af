-- Przekazania: equipment handed from the city's stock to recipients, and for apparatus the day it was put
-- into use. Stock (delivered less handed over) is checked under the contract's row lock.
CREATE SEQUENCE pr_distribution_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE pr_distribution (
    id               BIGINT         NOT NULL PRIMARY KEY,
    contract_id      BIGINT         NOT NULL REFERENCES pr_contract (id),
    line_no          INTEGER        NOT NULL CHECK (line_no >= 1),
    item             VARCHAR(300)   NOT NULL,
    unit             VARCHAR(20)    NOT NULL,
    apparatus        BOOLEAN        NOT NULL,
    recipient_kind   VARCHAR(16)    NOT NULL,
    recipient_name   VARCHAR(200)   NOT NULL,
    quantity         NUMERIC(12, 3) NOT NULL CHECK (quantity > 0),
    handed_on        DATE           NOT NULL,
    put_into_use_on  DATE,
    created_by       VARCHAR(64)    NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT ck_pr_distribution_in_use CHECK (put_into_use_on IS NULL OR (apparatus AND put_into_use_on >= handed_on))
);

CREATE INDEX ix_pr_distribution_contract ON pr_distribution (contract_id, line_no);
