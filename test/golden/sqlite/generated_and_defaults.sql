-- Generated columns (stored and virtual) and defaults of many forms.
CREATE TABLE g (
    a INTEGER,
    b INTEGER GENERATED ALWAYS AS (a * 2) STORED,
    c TEXT AS (upper(d)) VIRTUAL,
    d TEXT DEFAULT 'x',
    e REAL DEFAULT -1.5,
    f BLOB DEFAULT x'00ff',
    h TEXT DEFAULT CURRENT_TIMESTAMP,
    i INT DEFAULT (abs(-3)),
    j DEFAULT NULL
);
