-- Tables dropped and recreated with a different shape under the same
-- name; indexes go with the dropped table.
CREATE TABLE settings (k TEXT PRIMARY KEY, v TEXT);
CREATE INDEX settings_v ON settings (v);
INSERT INTO settings VALUES ('a', 'b');
DROP TABLE settings;
CREATE TABLE settings (id INTEGER PRIMARY KEY, scope TEXT NOT NULL, k TEXT NOT NULL, v BLOB, UNIQUE (scope, k));
CREATE INDEX settings_v ON settings (scope, v);
DROP INDEX settings_v;
CREATE INDEX IF NOT EXISTS settings_scope ON settings (scope);
