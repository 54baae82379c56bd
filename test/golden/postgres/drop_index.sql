-- DROP INDEX [IF EXISTS], also for a schema-qualified index.
CREATE SCHEMA logs;

CREATE TABLE logs.entries (
    id bigserial PRIMARY KEY,
    level text,
    logged_at timestamptz DEFAULT now()
);

CREATE INDEX ON logs.entries (level);
CREATE INDEX entries_logged_at ON logs.entries (logged_at);
CREATE INDEX ON logs.entries (level);

DROP INDEX logs.entries_level_idx;
DROP INDEX IF EXISTS logs.entries_level_idx;
DROP INDEX IF EXISTS no_such_index;
CREATE INDEX ON logs.entries (level);
DROP INDEX logs.entries_logged_at;
