-- STRICT tables (3.37+): only INT, INTEGER, REAL, TEXT, BLOB, ANY allowed.
CREATE TABLE measurements (
    id INTEGER PRIMARY KEY,
    sensor TEXT NOT NULL,
    value REAL,
    raw BLOB,
    extra ANY,
    seq int
) STRICT;

CREATE TABLE strict_wr (
    k TEXT PRIMARY KEY,
    v INT
) STRICT, WITHOUT ROWID;

create table strict_lower (a integer, b text) strict /* trailing */ ;
