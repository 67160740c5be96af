-- Procurement: the programme's fund and its budget lines (źródło finansowania, pozycje budżetu), and
-- the suppliers (dostawcy). Amounts in PLN with grosze.
CREATE SEQUENCE pr_fund_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE pr_fund (
    id       BIGINT         NOT NULL PRIMARY KEY,
    name     VARCHAR(200)   NOT NULL,
    amount   NUMERIC(15, 2) NOT NULL CHECK (amount >= 0),
    version  BIGINT         DEFAULT 0 NOT NULL
);

CREATE SEQUENCE pr_budget_line_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE pr_budget_line (
    id        BIGINT         NOT NULL PRIMARY KEY,
    fund_id   BIGINT         NOT NULL REFERENCES pr_fund (id),
    category  VARCHAR(40)    NOT NULL,
    planned   NUMERIC(15, 2) NOT NULL CHECK (planned >= 0),
    version   BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT uq_pr_budget_line UNIQUE (fund_id, category)
);

CREATE SEQUENCE pr_supplier_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE pr_supplier (
    id       BIGINT        NOT NULL PRIMARY KEY,
    name     VARCHAR(300)  NOT NULL,
    nip      VARCHAR(10)   NOT NULL,
    regon    VARCHAR(14),
    address  VARCHAR(300)  NOT NULL,
    iban     VARCHAR(28),
    version  BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT uq_pr_supplier_nip UNIQUE (nip)
);
