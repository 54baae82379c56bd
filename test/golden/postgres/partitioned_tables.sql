-- Partitioned tables (their partitions are not modelled yet).
CREATE TABLE events (
    id bigint NOT NULL,
    created_at timestamptz NOT NULL,
    kind text,
    PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);
CREATE INDEX events_kind ON events (kind);
CREATE TABLE "Buckets" (k int, "Region" text, UNIQUE (k, "Region")) PARTITION BY LIST ("Region");
CREATE TABLE hashed (id uuid PRIMARY KEY) PARTITION BY HASH (id);
ALTER TABLE hashed ADD COLUMN note text;
