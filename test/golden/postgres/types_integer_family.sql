-- Integer type spellings and what they become.
CREATE TABLE counters (
    a int,
    b integer,
    c int4,
    d int8,
    e bigint,
    f smallint,
    g int2,
    h INT NOT NULL,
    i BIGINT DEFAULT 0,
    j SMALLINT DEFAULT -1
);
