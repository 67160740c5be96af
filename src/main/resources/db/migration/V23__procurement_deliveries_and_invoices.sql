-- Dostawy z protokołami odbioru and faktury under contracts. What a delivery brings per contract line and
-- what invoices charge per contract are checked under the contract's row lock; the database keeps the
-- arithmetic and the dates consistent.
CREATE SEQUENCE pr_delivery_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE pr_delivery (
    id               BIGINT        NOT NULL PRIMARY KEY,
    contract_id      BIGINT        NOT NULL REFERENCES pr_contract (id),
    protocol_number  VARCHAR(60)   NOT NULL,
    delivered_on     DATE          NOT NULL,
    received_by      VARCHAR(120)  NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT uq_pr_delivery_protocol UNIQUE (contract_id, protocol_number)
);

CREATE SEQUENCE pr_delivery_line_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE pr_delivery_line (
    id           BIGINT         NOT NULL PRIMARY KEY,
    delivery_id  BIGINT         NOT NULL REFERENCES pr_delivery (id),
    line_no      INTEGER        NOT NULL CHECK (line_no >= 1),
    item         VARCHAR(300)   NOT NULL,
    quantity     NUMERIC(12, 3) NOT NULL CHECK (quantity > 0),
    version      BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT uq_pr_delivery_line UNIQUE (delivery_id, line_no)
);

CREATE SEQUENCE pr_invoice_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE pr_invoice (
    id           BIGINT         NOT NULL PRIMARY KEY,
    contract_id  BIGINT         NOT NULL REFERENCES pr_contract (id),
    supplier_id  BIGINT         NOT NULL REFERENCES pr_supplier (id),
    number       VARCHAR(60)    NOT NULL,
    issued_on    DATE           NOT NULL,
    due_on       DATE           NOT NULL,
    net          NUMERIC(15, 2) NOT NULL CHECK (net > 0),
    vat          NUMERIC(15, 2) NOT NULL CHECK (vat >= 0),
    gross        NUMERIC(15, 2) NOT NULL,
    paid_on      DATE,
    created_by   VARCHAR(64)    NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT uq_pr_invoice_number UNIQUE (supplier_id, number),
    CONSTRAINT ck_pr_invoice_gross CHECK (gross = net + vat),
    CONSTRAINT ck_pr_invoice_due CHECK (due_on >= issued_on),
    CONSTRAINT ck_pr_invoice_paid CHECK (paid_on IS NULL OR paid_on >= issued_on)
);

CREATE INDEX ix_pr_invoice_contract ON pr_invoice (contract_id);
CREATE INDEX ix_pr_invoice_due ON pr_invoice (due_on);
