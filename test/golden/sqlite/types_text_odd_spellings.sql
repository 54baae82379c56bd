-- Declared type text is kept as written (spacing, case, extra words, no
-- type); the six standard names are upper-cased.
CREATE TABLE odd (
    a VARCHAR ( 20 ),
    b UNSIGNED BIG INT,
    c,
    d int,
    e Text,
    f varchar(255) NOT NULL DEFAULT '',
    g DOUBLE PRECISION,
    h NATIVE CHARACTER(70),
    i decimal(10, 5),
    j blob,
    k real,
    l "quoted type",
    m character   varying(3),
    n numeric,
    o BOOLEAN DEFAULT FALSE,
    p datetime
);
ALTER TABLE odd ADD COLUMN q  medium   int;
ALTER TABLE odd ADD r;
