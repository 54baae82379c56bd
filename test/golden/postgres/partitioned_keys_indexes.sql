-- Partitioned tables by RANGE, LIST and HASH with keys that include the
-- partition columns, indexes on the parent (ON ONLY in the definition).
CREATE TABLE measurements (
    city_id int NOT NULL,
    logdate date NOT NULL,
    peaktemp int,
    PRIMARY KEY (city_id, logdate)
) PARTITION BY RANGE (logdate);
CREATE INDEX ON measurements (peaktemp);
CREATE TABLE events (id bigint, kind text NOT NULL, UNIQUE (kind, id)) PARTITION BY LIST (kind);
CREATE TABLE shards (id int, owner text, payload jsonb) PARTITION BY HASH (id);
CREATE INDEX shards_owner_idx ON shards (owner);
ALTER TABLE measurements ADD COLUMN unitsales int DEFAULT 0;
ALTER TABLE events RENAME COLUMN id TO event_id;
CREATE TABLE multi (a int, b text, c date) PARTITION BY RANGE (a, c);
