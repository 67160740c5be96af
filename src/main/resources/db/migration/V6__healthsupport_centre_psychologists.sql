-- Which centre psychologists work at which First Psychological Aid Centre: health-support data, moved
-- here from the platform's app_user_centre (the platform knows nothing about centres any more).
CREATE TABLE hs_centre_psychologist (
    centre_code  VARCHAR(40) NOT NULL REFERENCES hs_centre (code),
    username     VARCHAR(64) NOT NULL,
    PRIMARY KEY (centre_code, username)
);

INSERT INTO hs_centre_psychologist (centre_code, username)
SELECT c.centre_code, u.username
FROM app_user_centre c JOIN app_user u ON u.id = c.user_id
WHERE c.centre_code IN (SELECT code FROM hs_centre);

DROP TABLE app_user_centre;
