-- migrate:up transaction:false
ALTER TABLE notes ADD COLUMN tags TEXT DEFAULT '';

-- migrate:down
ALTER TABLE notes DROP COLUMN tags;
