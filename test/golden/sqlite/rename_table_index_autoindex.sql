-- RENAME TO renames the sqlite_autoindex_ indexes, rewrites the table's
-- own text and explicit index texts, and REFERENCES in other tables.
CREATE TABLE "user" (id INTEGER PRIMARY KEY, email TEXT UNIQUE, handle TEXT, UNIQUE (handle COLLATE NOCASE));
CREATE TABLE session (id TEXT PRIMARY KEY, user_id INTEGER REFERENCES "user" (id) ON DELETE CASCADE, UNIQUE (user_id, id));
CREATE INDEX user_handle ON "user" (handle) WHERE handle IS NOT NULL;
CREATE INDEX session_user_idx ON session (user_id);
ALTER TABLE "user" RENAME TO account;
ALTER TABLE session RENAME TO login_session;
ALTER TABLE login_session ADD COLUMN expires_at INTEGER;
