-- DEFAULT literal forms; pragma table_xinfo shows the text as written.
CREATE TABLE settings (
    id INTEGER PRIMARY KEY,
    int_zero INTEGER DEFAULT 0,
    neg INTEGER DEFAULT -1,
    neg_spaced INTEGER DEFAULT -  5,
    plus INTEGER DEFAULT +3,
    ratio REAL DEFAULT -1.5,
    sci REAL DEFAULT 1.0e3,
    hex INTEGER DEFAULT 0x10,
    name TEXT DEFAULT 'unnamed',
    quoted TEXT DEFAULT 'it''s',
    empty TEXT DEFAULT '',
    flag BOOLEAN DEFAULT TRUE,
    off BOOLEAN DEFAULT false,
    missing TEXT DEFAULT NULL,
    raw BLOB DEFAULT x'00FF',
    dq TEXT DEFAULT "double quoted"
);
