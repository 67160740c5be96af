-- First Psychological Aid Centres (Centra Pierwszej Pomocy Psychologicznej).
CREATE TABLE hs_centre (
    code           VARCHAR(40)  NOT NULL PRIMARY KEY,
    name           VARCHAR(200) NOT NULL,
    address        VARCHAR(300) NOT NULL,
    district       VARCHAR(60)  NOT NULL,
    phone          VARCHAR(40),
    opening_hours  VARCHAR(200),
    active         BOOLEAN      DEFAULT TRUE NOT NULL,
    version        BIGINT       DEFAULT 0 NOT NULL
);
