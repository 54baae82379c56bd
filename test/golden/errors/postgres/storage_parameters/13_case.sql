CREATE INDEX ON t USING hash (a) WITH (deduplicate_items = off);
