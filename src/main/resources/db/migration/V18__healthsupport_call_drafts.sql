-- The hotline psychologist's unsaved call form (szkic rozmowy), saved as they type so that a dropped
-- connection or an expired session loses nothing. One per psychologist; sealed, since it holds the
-- summary and perhaps a phone number; removed when the call is saved or the draft discarded.
CREATE TABLE hs_call_draft (
    psychologist    VARCHAR(64)    NOT NULL PRIMARY KEY,
    saved_at_epoch  BIGINT         NOT NULL,
    content_sealed  VARCHAR(60000) NOT NULL CHECK (content_sealed LIKE 'v1.%')
);
