-- A PostgreSQL schema checked against SQLite migrations: type classes
-- (json, uuid, arrays, a network address type), loose defaults (boolean words,
-- casts, the current time), names in another letter case.
CREATE TABLE events (
    id bigserial PRIMARY KEY,
    payload jsonb NOT NULL,
    ref uuid,
    tags text[],
    flag boolean NOT NULL DEFAULT false,
    seen boolean DEFAULT 'f',
    at timestamptz DEFAULT statement_timestamp(),
    ratio numeric(5,2) DEFAULT 0.5,
    kind varchar(10) DEFAULT 'a'::text,
    mac macaddr,
    username text,
    note text
);
CREATE INDEX events_at ON events (at DESC);
CREATE INDEX events_kind_ratio ON events (kind, ratio);
CREATE TABLE only_here (id int);
