-- The hotline's duty roster (grafik dyżurów): shifts of the hotline psychologists.
CREATE SEQUENCE hs_duty_shift_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE hs_duty_shift (
    id            BIGINT       NOT NULL PRIMARY KEY,
    psychologist  VARCHAR(64)  NOT NULL,
    starts_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    planned_by    VARCHAR(64)  NOT NULL,
    version       BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT ck_hs_duty_shift_order CHECK (ends_at > starts_at)
);

CREATE INDEX ix_hs_duty_shift_time ON hs_duty_shift (starts_at, ends_at);
CREATE INDEX ix_hs_duty_shift_psychologist ON hs_duty_shift (psychologist, starts_at);
