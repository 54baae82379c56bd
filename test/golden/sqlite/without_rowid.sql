-- WITHOUT ROWID tables: the PRIMARY KEY columns become NOT NULL and the stored
-- SQL runs up to the semicolon (trailing comments included).
CREATE TABLE word_counts (
    word TEXT PRIMARY KEY,
    cnt INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE pairs (
    a INTEGER,
    b INTEGER,
    note TEXT UNIQUE,
    PRIMARY KEY (a, b)
)   without   rowid  -- pairs are unique
;

CREATE TABLE wr_int (id INTEGER PRIMARY KEY, label TEXT UNIQUE) WITHOUT ROWID;
ALTER TABLE word_counts ADD COLUMN lang TEXT DEFAULT 'en';
