-- Appointments at the centres (wizyty) and each centre's waiting list (lista oczekujących).
CREATE SEQUENCE hs_appointment_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE hs_appointment (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    client_id          BIGINT       NOT NULL REFERENCES hs_client (id),
    centre_code        VARCHAR(40)  NOT NULL REFERENCES hs_centre (code),
    psychologist       VARCHAR(64)  NOT NULL,
    starts_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    minutes            INTEGER      NOT NULL CHECK (minutes BETWEEN 15 AND 240 AND MOD(minutes, 15) = 0),
    status             VARCHAR(24)  NOT NULL,
    status_changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    booked_by          VARCHAR(64)  NOT NULL,
    version            BIGINT       DEFAULT 0 NOT NULL
);

CREATE INDEX ix_hs_appointment_centre ON hs_appointment (centre_code, starts_at);
CREATE INDEX ix_hs_appointment_psychologist ON hs_appointment (psychologist, starts_at);
CREATE INDEX ix_hs_appointment_client ON hs_appointment (client_id, starts_at);

-- The quarter-hours an appointment that still holds its time occupies. The two unique keys are the
-- database's guarantee that neither a psychologist nor a client is ever in two appointments at once,
-- whatever writes concurrently, on PostgreSQL and H2 alike. A cancelled appointment gives its rows up.
CREATE TABLE hs_appointment_slot (
    appointment_id  BIGINT       NOT NULL REFERENCES hs_appointment (id),
    psychologist    VARCHAR(64)  NOT NULL,
    client_id       BIGINT       NOT NULL,
    slot_start      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_hs_slot_psychologist UNIQUE (psychologist, slot_start),
    CONSTRAINT uq_hs_slot_client UNIQUE (client_id, slot_start)
);

CREATE INDEX ix_hs_appointment_slot_appointment ON hs_appointment_slot (appointment_id);

CREATE SEQUENCE hs_waiting_entry_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE hs_waiting_entry (
    id                      BIGINT       NOT NULL PRIMARY KEY,
    client_id               BIGINT       NOT NULL REFERENCES hs_client (id),
    centre_code             VARCHAR(40)  NOT NULL REFERENCES hs_centre (code),
    preferred_psychologist  VARCHAR(64),
    added_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by                VARCHAR(64)  NOT NULL,
    closed_at               TIMESTAMP WITH TIME ZONE,
    version                 BIGINT       DEFAULT 0 NOT NULL
);

CREATE INDEX ix_hs_waiting_entry_centre ON hs_waiting_entry (centre_code, closed_at, added_at);
