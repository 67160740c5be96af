-- Account administration: forced password change, directory accounts, centre assignment, sign-in log.
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE app_user ADD COLUMN password_changed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE app_user ADD COLUMN directory_account BOOLEAN DEFAULT FALSE NOT NULL;

-- Which First Psychological Aid Centres a centre psychologist works at (codes published by healthsupport).
CREATE TABLE app_user_centre (
    user_id      BIGINT      NOT NULL REFERENCES app_user (id),
    centre_code  VARCHAR(40) NOT NULL,
    PRIMARY KEY (user_id, centre_code)
);

-- Every sign-in attempt, successful or not (dziennik logowań).
CREATE SEQUENCE app_sign_in_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE app_sign_in (
    id           BIGINT       NOT NULL PRIMARY KEY,
    username     VARCHAR(64)  NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    address      VARCHAR(64),
    success      BOOLEAN      NOT NULL,
    outcome      VARCHAR(32)  NOT NULL,
    source       VARCHAR(16)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0
);

CREATE INDEX ix_app_sign_in_user ON app_sign_in (username, occurred_at);
CREATE INDEX ix_app_sign_in_time ON app_sign_in (occurred_at);
