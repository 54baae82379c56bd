-- A dbmate migration for SQLite: only migrate:up is replayed; the down
-- section would drop the table again.
-- migrate:up
CREATE TABLE api_keys (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    key_hash BLOB NOT NULL UNIQUE,
    label TEXT,
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE INDEX api_keys_label ON api_keys (label);
ALTER TABLE api_keys ADD COLUMN revoked_at TEXT;

-- migrate:down
DROP INDEX api_keys_label;
DROP TABLE api_keys;
