-- The encryption keys personal and health data have been sealed with (klucze szyfrowania), by id, with
-- a fingerprint (an HMAC under the key, never the key): a start with a missing or different key stops
-- with a clear message. A key is retired once a rotation left no value sealed with it.
CREATE TABLE app_encryption_key (
    key_id         VARCHAR(16)  NOT NULL PRIMARY KEY,
    fingerprint    VARCHAR(32)  NOT NULL,
    registered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at     TIMESTAMP WITH TIME ZONE
);

ALTER TABLE app_encryption_key ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
