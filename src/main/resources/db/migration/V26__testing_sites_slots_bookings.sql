-- Testing: test sites (punkty pobrań), stationary or mobile at an employer's work site; their slots
-- (terminy) with a capacity; the workers' bookings (rezerwacje). A slot's booked count never exceeds its
-- capacity: the CHECK holds whatever the application does, and places are taken by a conditional update.
CREATE SEQUENCE ts_test_site_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE ts_test_site (
    id            BIGINT        NOT NULL PRIMARY KEY,
    name          VARCHAR(200)  NOT NULL,
    kind          VARCHAR(12)   NOT NULL,
    address       VARCHAR(300),
    work_site_id  BIGINT        REFERENCES ts_work_site (id),
    opens_at      TIME          NOT NULL,
    closes_at     TIME          NOT NULL,
    open_days     VARCHAR(13)   NOT NULL,
    version       BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT ck_ts_test_site_kind CHECK ((kind = 'STATIONARY' AND address IS NOT NULL AND work_site_id IS NULL)
                                        OR (kind = 'MOBILE' AND work_site_id IS NOT NULL)),
    CONSTRAINT ck_ts_test_site_hours CHECK (opens_at < closes_at)
);

CREATE SEQUENCE ts_slot_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE ts_slot (
    id         BIGINT                    NOT NULL PRIMARY KEY,
    site_id    BIGINT                    NOT NULL REFERENCES ts_test_site (id),
    starts_at  TIMESTAMP WITH TIME ZONE  NOT NULL,
    ends_at    TIMESTAMP WITH TIME ZONE  NOT NULL,
    capacity   INTEGER                   NOT NULL,
    booked     INTEGER                   DEFAULT 0 NOT NULL,
    version    BIGINT                    DEFAULT 0 NOT NULL,
    CONSTRAINT uq_ts_slot_start UNIQUE (site_id, starts_at),
    CONSTRAINT ck_ts_slot_period CHECK (starts_at < ends_at),
    CONSTRAINT ck_ts_slot_capacity CHECK (capacity BETWEEN 1 AND 500),
    CONSTRAINT ck_ts_slot_booked CHECK (booked >= 0 AND booked <= capacity)
);

CREATE INDEX ix_ts_slot_starts ON ts_slot (starts_at);

CREATE SEQUENCE ts_booking_seq START WITH 1 INCREMENT BY 1;

-- active: 1 while booked, NULL once cancelled; NULLs never collide in a unique key, so a worker has at
-- most one active booking per slot and any number of cancelled ones.
CREATE TABLE ts_booking (
    id            BIGINT                    NOT NULL PRIMARY KEY,
    slot_id       BIGINT                    NOT NULL REFERENCES ts_slot (id),
    worker_id     BIGINT                    NOT NULL REFERENCES ts_worker (id),
    status        VARCHAR(10)               NOT NULL,
    booked_at     TIMESTAMP WITH TIME ZONE  NOT NULL,
    booked_by     VARCHAR(100)              NOT NULL,
    cancelled_at  TIMESTAMP WITH TIME ZONE,
    cancelled_by  VARCHAR(100),
    active        SMALLINT,
    version       BIGINT                    DEFAULT 0 NOT NULL,
    CONSTRAINT uq_ts_booking_active UNIQUE (slot_id, worker_id, active),
    CONSTRAINT ck_ts_booking_status CHECK ((status = 'BOOKED' AND active = 1 AND cancelled_at IS NULL)
                                        OR (status = 'CANCELLED' AND active IS NULL AND cancelled_at IS NOT NULL))
);

CREATE INDEX ix_ts_booking_worker ON ts_booking (worker_id, active);
