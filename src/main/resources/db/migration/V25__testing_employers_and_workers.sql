-- Testing: the employers that send seasonal workers to be tested (pracodawcy), their work sites, and the
-- workers (pracownicy sezonowi). One employer per NIP, one worker per passport: the database refuses a
-- second one even when two clerks (or two imports) save at the same moment.
CREATE SEQUENCE ts_employer_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE ts_employer (
    id              BIGINT        NOT NULL PRIMARY KEY,
    name            VARCHAR(300)  NOT NULL,
    nip             VARCHAR(10)   NOT NULL,
    regon           VARCHAR(14),
    address         VARCHAR(300)  NOT NULL,
    contact_person  VARCHAR(200)  NOT NULL,
    contact_phone   VARCHAR(24),
    contact_email   VARCHAR(200),
    version         BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT uq_ts_employer_nip UNIQUE (nip)
);

CREATE INDEX ix_ts_employer_name ON ts_employer (name);

CREATE SEQUENCE ts_work_site_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE ts_work_site (
    id           BIGINT        NOT NULL PRIMARY KEY,
    employer_id  BIGINT        NOT NULL REFERENCES ts_employer (id),
    name         VARCHAR(200)  NOT NULL,
    address      VARCHAR(300)  NOT NULL,
    version      BIGINT        DEFAULT 0 NOT NULL
);

CREATE INDEX ix_ts_work_site_employer ON ts_work_site (employer_id);

CREATE SEQUENCE ts_worker_seq START WITH 1 INCREMENT BY 1;

-- search_name: the names in capitals in both scripts plus the transliteration of the Cyrillic ones.
-- personal_key: the worker's key for the fingerprints of personal values in the audit trail.
CREATE TABLE ts_worker (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    surname               VARCHAR(100)  NOT NULL,
    given_names           VARCHAR(150)  NOT NULL,
    surname_cyrillic      VARCHAR(100),
    given_names_cyrillic  VARCHAR(150),
    birth_date            DATE          NOT NULL,
    nationality           VARCHAR(2)    NOT NULL,
    passport              VARCHAR(15)   NOT NULL,
    phone                 VARCHAR(24),
    language              VARCHAR(2)    NOT NULL,
    employer_id           BIGINT        NOT NULL REFERENCES ts_employer (id),
    accommodation         VARCHAR(300),
    search_name           VARCHAR(520)  NOT NULL,
    personal_key          VARCHAR(44),
    version               BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT uq_ts_worker_passport UNIQUE (passport),
    CONSTRAINT ck_ts_worker_language CHECK (language IN ('UK', 'PL', 'RU', 'EN'))
);

CREATE INDEX ix_ts_worker_employer ON ts_worker (employer_id, surname);
CREATE INDEX ix_ts_worker_surname ON ts_worker (surname, given_names);
