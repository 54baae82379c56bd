-- ALTER TABLE ... ADD [COLUMN] with defaults; sqlite_schema.sql is rewritten by
-- splicing ", <column text>" in before the closing parenthesis.
CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);

ALTER TABLE products ADD COLUMN price REAL DEFAULT 0;
ALTER TABLE products ADD stock INTEGER NOT NULL DEFAULT 0;
ALTER TABLE products ADD COLUMN status TEXT DEFAULT 'active' CHECK (status IN ('active', 'retired'));
ALTER TABLE products ADD COLUMN created_at DATETIME DEFAULT (datetime('now'));
ALTER TABLE products ADD COLUMN note;
