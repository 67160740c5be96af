-- Clients of the First Psychological Aid Centres (klienci CPPP), known by a pseudonymous code per centre
-- and year (CPPP2-2026-00042). Name and phone are optional and sealed (AES-GCM, see FieldCipher): the
-- columns hold 'v1.<key id>.<ciphertext>', never clear text.
CREATE SEQUENCE hs_client_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE hs_client (
    id                BIGINT        NOT NULL PRIMARY KEY,
    code              VARCHAR(60)   NOT NULL,
    centre_code       VARCHAR(40)   NOT NULL REFERENCES hs_centre (code),
    code_year         INTEGER       NOT NULL,
    code_number       INTEGER       NOT NULL CHECK (code_number BETWEEN 1 AND 99999),
    registered_on     DATE          NOT NULL,
    registered_by     VARCHAR(64)   NOT NULL,
    age_band          VARCHAR(32)   NOT NULL,
    district          VARCHAR(40),
    consent_given_on  DATE          NOT NULL,
    name_sealed       VARCHAR(1000) CHECK (name_sealed LIKE 'v1.%'),
    phone_sealed      VARCHAR(300)  CHECK (phone_sealed LIKE 'v1.%'),
    last_contact_on   DATE          NOT NULL,
    version           BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT uq_hs_client_code UNIQUE (code),
    CONSTRAINT uq_hs_client_number UNIQUE (centre_code, code_year, code_number)
);

CREATE INDEX ix_hs_client_centre ON hs_client (centre_code, registered_on);

CREATE TABLE hs_client_target_group (
    client_id     BIGINT      NOT NULL REFERENCES hs_client (id),
    target_group  VARCHAR(32) NOT NULL,
    PRIMARY KEY (client_id, target_group)
);
