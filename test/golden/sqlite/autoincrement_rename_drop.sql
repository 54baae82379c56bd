-- AUTOINCREMENT tables (sqlite_sequence appears), renamed, columns added
-- and dropped, and one table dropped.
CREATE TABLE jobs (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, payload BLOB);
CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, job_id INTEGER REFERENCES jobs (id) ON DELETE CASCADE, status TEXT DEFAULT 'queued');
INSERT INTO jobs (name) VALUES ('a');
ALTER TABLE jobs RENAME TO tasks;
ALTER TABLE tasks ADD COLUMN priority INTEGER NOT NULL DEFAULT 5;
ALTER TABLE tasks DROP COLUMN payload;
ALTER TABLE runs RENAME COLUMN job_id TO task_id;
CREATE TABLE tmp (id INTEGER PRIMARY KEY AUTOINCREMENT);
DROP TABLE tmp;
