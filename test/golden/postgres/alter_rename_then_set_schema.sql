-- A table renamed, its columns renamed, then moved to another schema: the
-- pkey keeps its old name, the serial sequence and indexes move with it.
CREATE SCHEMA archive;
CREATE TABLE events (
    id serial PRIMARY KEY,
    kind varchar(20) NOT NULL,
    happened_at timestamp DEFAULT now(),
    UNIQUE (kind, happened_at)
);
CREATE INDEX events_kind_idx ON events (kind);
ALTER TABLE events RENAME TO old_events;
ALTER TABLE old_events RENAME COLUMN kind TO event_kind;
ALTER TABLE old_events ALTER COLUMN event_kind TYPE varchar(40);
ALTER TABLE old_events SET SCHEMA archive;
CREATE TABLE events (id serial PRIMARY KEY, kind text);
