-- Session notes (notatki z sesji) of the centres' psychologists about their clients. The body is sealed
-- (AES-GCM, 'v1.<key id>.<ciphertext>'); a note is never edited, a correction is a new note.
CREATE SEQUENCE hs_session_note_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE hs_session_note (
    id           BIGINT          NOT NULL PRIMARY KEY,
    client_id    BIGINT          NOT NULL REFERENCES hs_client (id),
    written_by   VARCHAR(64)     NOT NULL,
    written_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    body_sealed  VARCHAR(100000) NOT NULL CHECK (body_sealed LIKE 'v1.%'),
    version      BIGINT          DEFAULT 0 NOT NULL
);

CREATE INDEX ix_hs_session_note_client ON hs_session_note (client_id, written_at);
