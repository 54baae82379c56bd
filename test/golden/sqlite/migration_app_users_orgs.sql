-- An app schema (orgs, users, memberships, audit) evolved with ADD COLUMN,
-- RENAME COLUMN and a table rename; FKs in other tables are rewritten.
PRAGMA foreign_keys = ON;
CREATE TABLE orgs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    slug VARCHAR(64) NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL COLLATE NOCASE UNIQUE, name TEXT);
CREATE TABLE memberships (
    org_id INTEGER NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('owner', 'admin', 'member')),
    PRIMARY KEY (org_id, user_id)
) WITHOUT ROWID;
CREATE INDEX memberships_user ON memberships (user_id);
CREATE TABLE audit_log (id INTEGER PRIMARY KEY, org_id INTEGER REFERENCES orgs, action TEXT NOT NULL, at TEXT DEFAULT (datetime('now')));
ALTER TABLE users ADD COLUMN is_admin BOOLEAN NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN last_seen TIMESTAMP;
ALTER TABLE orgs RENAME COLUMN slug TO handle;
ALTER TABLE orgs RENAME TO organisations;
ALTER TABLE memberships ADD COLUMN invited_by INTEGER REFERENCES users (id) ON DELETE SET NULL;
CREATE INDEX audit_log_org_at ON audit_log (org_id, at DESC);
