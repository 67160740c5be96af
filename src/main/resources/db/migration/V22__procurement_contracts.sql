-- Umowy: contracts (or orders) under approved requests, their versions (1 as signed, then one per
-- amendment) and each version's lines with net, VAT and gross as computed, which the database re-checks.
CREATE SEQUENCE pr_contract_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE pr_contract (
    id               BIGINT       NOT NULL PRIMARY KEY,
    number           VARCHAR(60)  NOT NULL,
    request_id       BIGINT       NOT NULL REFERENCES pr_request (id),
    supplier_id      BIGINT       NOT NULL REFERENCES pr_supplier (id),
    budget_line_id   BIGINT       NOT NULL REFERENCES pr_budget_line (id),
    signed_on        DATE         NOT NULL,
    current_version  INTEGER      NOT NULL CHECK (current_version >= 1),
    version          BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT uq_pr_contract_number UNIQUE (number)
);

CREATE INDEX ix_pr_contract_line_budget ON pr_contract (budget_line_id);
CREATE INDEX ix_pr_contract_signed ON pr_contract (signed_on, id);

CREATE SEQUENCE pr_contract_version_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE pr_contract_version (
    id           BIGINT         NOT NULL PRIMARY KEY,
    contract_id  BIGINT         NOT NULL REFERENCES pr_contract (id),
    number       INTEGER        NOT NULL CHECK (number >= 1),
    signed_on    DATE           NOT NULL,
    term_until   DATE           NOT NULL,
    reason       VARCHAR(500),
    net_total    NUMERIC(15, 2) NOT NULL CHECK (net_total > 0),
    vat_total    NUMERIC(15, 2) NOT NULL CHECK (vat_total >= 0),
    gross_total  NUMERIC(15, 2) NOT NULL,
    created_by   VARCHAR(64)    NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT uq_pr_contract_version UNIQUE (contract_id, number),
    CONSTRAINT ck_pr_contract_version_gross CHECK (gross_total = net_total + vat_total),
    CONSTRAINT ck_pr_contract_version_reason CHECK (number = 1 OR reason IS NOT NULL),
    CONSTRAINT ck_pr_contract_version_term CHECK (term_until >= signed_on)
);

CREATE SEQUENCE pr_contract_line_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE pr_contract_line (
    id                   BIGINT         NOT NULL PRIMARY KEY,
    contract_version_id  BIGINT         NOT NULL REFERENCES pr_contract_version (id),
    line_no              INTEGER        NOT NULL CHECK (line_no >= 1),
    item                 VARCHAR(300)   NOT NULL,
    cpv                  VARCHAR(40)    NOT NULL,
    quantity             NUMERIC(12, 3) NOT NULL CHECK (quantity > 0),
    unit                 VARCHAR(20)    NOT NULL,
    unit_net             NUMERIC(15, 2) NOT NULL CHECK (unit_net > 0),
    vat_rate             INTEGER        NOT NULL CHECK (vat_rate IN (0, 5, 8, 23)),
    net                  NUMERIC(15, 2) NOT NULL,
    vat                  NUMERIC(15, 2) NOT NULL,
    gross                NUMERIC(15, 2) NOT NULL,
    version              BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT uq_pr_contract_line UNIQUE (contract_version_id, line_no),
    CONSTRAINT ck_pr_contract_line_gross CHECK (gross = net + vat)
);
