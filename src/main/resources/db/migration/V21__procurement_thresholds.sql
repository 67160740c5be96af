-- Progi: the thresholds of public procurement law, each valid for a period (an administrator adds the
-- next period's values), and what a request needs to be checked against them: the date its procedure
-- starts, the PLN/EUR rate its value is stated at, and, for a COVID-19 act purchase, the day it was
-- published in the city's BIP.
CREATE SEQUENCE pr_threshold_seq START WITH 4 INCREMENT BY 1;

CREATE TABLE pr_threshold (
    id          BIGINT         NOT NULL PRIMARY KEY,
    kind        VARCHAR(16)    NOT NULL,
    valid_from  DATE           NOT NULL,
    valid_to    DATE,
    amount      NUMERIC(15, 2) NOT NULL CHECK (amount > 0),
    currency    CHAR(3)        NOT NULL CHECK (currency IN ('PLN', 'EUR')),
    eur_rate    NUMERIC(8, 4)  CHECK (eur_rate > 0),
    version     BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT uq_pr_threshold UNIQUE (kind, valid_from),
    CONSTRAINT ck_pr_threshold_period CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT ck_pr_threshold_rate CHECK (currency = 'PLN' OR eur_rate IS NOT NULL)
);

-- The values the programme's purchases were made under (2020: the former act's EUR 30,000; from 2021
-- the new act's 130,000 PLN net; EU supplies threshold of local-government buyers for 2020-2021), all at
-- the official rate of 4.2693 PLN/EUR for that period.
INSERT INTO pr_threshold (id, kind, valid_from, valid_to, amount, currency, eur_rate)
VALUES (1, 'NATIONAL', DATE '2020-01-01', DATE '2020-12-31', 30000.00, 'EUR', 4.2693);
INSERT INTO pr_threshold (id, kind, valid_from, valid_to, amount, currency, eur_rate)
VALUES (2, 'NATIONAL', DATE '2021-01-01', NULL, 130000.00, 'PLN', NULL);
INSERT INTO pr_threshold (id, kind, valid_from, valid_to, amount, currency, eur_rate)
VALUES (3, 'EU_SUPPLIES', DATE '2020-01-01', DATE '2021-12-31', 214000.00, 'EUR', 4.2693);

ALTER TABLE pr_request ADD COLUMN start_date DATE;
ALTER TABLE pr_request ADD COLUMN eur_rate NUMERIC(8, 4);
ALTER TABLE pr_request ADD COLUMN bip_published_on DATE;
-- Requests made before this migration started their procedure the day they were made, at 2020-2021's rate.
UPDATE pr_request SET start_date = CAST(requested_at AS DATE), eur_rate = 4.2693;
ALTER TABLE pr_request ALTER COLUMN start_date SET NOT NULL;
ALTER TABLE pr_request ALTER COLUMN eur_rate SET NOT NULL;
ALTER TABLE pr_request ADD CONSTRAINT ck_pr_request_rate CHECK (eur_rate > 0);
ALTER TABLE pr_request ADD CONSTRAINT ck_pr_request_bip CHECK (bip_published_on IS NULL OR legal_basis = 'COVID_EXEMPTION');

-- The split-order check reads the year's below-threshold requests of a CPV group.
CREATE INDEX ix_pr_request_split ON pr_request (legal_basis, start_date);
