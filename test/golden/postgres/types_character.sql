-- Character type spellings.
CREATE TABLE labels (
    t text,
    v varchar,
    v20 varchar(20),
    cv30 character varying(30),
    cv character varying,
    c char,
    c4 char(4),
    ch2 character(2),
    ch character,
    code VARCHAR(8) NOT NULL DEFAULT 'none',
    flag CHAR(1) DEFAULT 'N'
);
