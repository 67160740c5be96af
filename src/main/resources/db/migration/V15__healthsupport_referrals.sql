-- Referrals of centre clients (skierowania): to the Blue Card procedure (Niebieska Karta, regulation
-- Dz.U. 2023 poz. 1870), addiction therapy, psychiatric care, the social welfare centre (MOPS), other.
CREATE SEQUENCE hs_referral_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE hs_referral (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    client_id            BIGINT       NOT NULL REFERENCES hs_client (id),
    kind                 VARCHAR(32)  NOT NULL,
    destination          VARCHAR(200),
    status               VARCHAR(16)  NOT NULL,
    proposed_on          DATE         NOT NULL,
    status_changed_on    DATE         NOT NULL,
    form_completed_on    DATE,
    sent_to_team_on      DATE,
    team_case_reference  VARCHAR(60),
    created_by           VARCHAR(64)  NOT NULL,
    version              BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT ck_hs_referral_blue_card CHECK (kind = 'BLUE_CARD'
        OR (form_completed_on IS NULL AND sent_to_team_on IS NULL AND team_case_reference IS NULL)),
    CONSTRAINT ck_hs_referral_sent_after_form CHECK (sent_to_team_on IS NULL
        OR (form_completed_on IS NOT NULL AND sent_to_team_on >= form_completed_on))
);

CREATE INDEX ix_hs_referral_client ON hs_referral (client_id);
