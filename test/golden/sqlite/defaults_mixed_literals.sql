-- Defaults of every literal form and parenthesised expressions, kept as
-- source text; also via ADD COLUMN (constant defaults only).
CREATE TABLE d (
    a INTEGER DEFAULT -1,
    b REAL DEFAULT +2.5,
    c TEXT DEFAULT 'it''s',
    d BLOB DEFAULT x'DEADBEEF',
    e TEXT DEFAULT NULL,
    f BOOLEAN DEFAULT TRUE,
    g TEXT DEFAULT CURRENT_DATE,
    h TEXT DEFAULT CURRENT_TIME,
    i INTEGER DEFAULT (strftime('%s', 'now')),
    j TEXT DEFAULT "double quoted",
    k NUMERIC DEFAULT 1e10,
    l INTEGER DEFAULT 0x1F
);
ALTER TABLE d ADD COLUMN m TEXT DEFAULT 'added';
ALTER TABLE d ADD COLUMN n INTEGER DEFAULT -42;
ALTER TABLE d ADD COLUMN o REAL NOT NULL DEFAULT 0.0;
