-- A SQLite schema checked against PostgreSQL migrations (see migrations/):
-- foreign keys and unique indexes across dialects, more type classes and
-- defaults, a NOT NULL the migrations lack.
CREATE TABLE Parent (Id INTEGER PRIMARY KEY, Code TEXT NOT NULL);
CREATE TABLE child (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES Parent (Id),
    qty FLOAT DEFAULT (0),
    price DECIMAL(8,2),
    at DATETIME DEFAULT CURRENT_TIMESTAMP,
    t2 TIME,
    note CLOB,
    s STRING,
    raw BINARY,
    ok BOOLEAN DEFAULT 't',
    n INTEGER NOT NULL,
    b1 BOOLEAN DEFAULT 0,
    b2 BOOLEAN DEFAULT '0',
    ts1 TIMESTAMP DEFAULT 'now',
    CHECK (qty >= 0)
);
CREATE UNIQUE INDEX child_pc ON child (parent_id, note);
CREATE INDEX child_low ON child (lower(note));
