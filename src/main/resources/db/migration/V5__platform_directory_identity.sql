-- A directory user's local record is keyed on the directory's own name for them (their DN), so that one
-- person never gets a second record, however the username is typed. Records made before have none yet:
-- the next sign-in fills it in.
ALTER TABLE app_user ADD COLUMN directory_dn VARCHAR(500);
CREATE UNIQUE INDEX ux_app_user_directory_dn ON app_user (directory_dn);
