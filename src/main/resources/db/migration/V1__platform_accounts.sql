-- Accounts of the people who sign in to CityCare, and their roles.
-- Ids come from sequences, not identity columns: EclipseLink's H2 platform cannot read back H2 2.x identities.
CREATE SEQUENCE app_user_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE app_user (
    id                BIGINT       NOT NULL PRIMARY KEY,
    username          VARCHAR(64)  NOT NULL,
    display_name      VARCHAR(200) NOT NULL,
    password_hash     VARCHAR(512),
    preferred_locale  VARCHAR(8)   NOT NULL DEFAULT 'pl',
    active            BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts   INTEGER      NOT NULL DEFAULT 0,
    locked_until      TIMESTAMP WITH TIME ZONE,
    last_login_at     TIMESTAMP WITH TIME ZONE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_app_user_username UNIQUE (username)
);

CREATE TABLE app_user_role (
    user_id  BIGINT      NOT NULL REFERENCES app_user (id),
    role     VARCHAR(40) NOT NULL,
    PRIMARY KEY (user_id, role)
);
