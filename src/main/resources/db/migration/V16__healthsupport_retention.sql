-- Retention (okres przechowywania): a client's personal data and notes are removed a configurable time
-- after the last contact, unless a legal hold (with its reason) keeps them; what statistics count stays.
ALTER TABLE hs_client ADD COLUMN legal_hold_reason VARCHAR(500);
ALTER TABLE hs_client ADD COLUMN anonymised_on DATE;

CREATE INDEX ix_hs_client_retention ON hs_client (last_contact_on);
