-- expect: success (the DO block creates "jobs", the enum type makes "moods" possible; every statement succeeds)
DO $$ BEGIN CREATE TABLE jobs (id int); END $$;
CREATE INDEX jobs_id_idx ON jobs (id);
ALTER TABLE jobs ADD COLUMN name text;
