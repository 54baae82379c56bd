-- UNLOGGED tables, ADD COLUMN IF NOT EXISTS (no-op and real), DROP COLUMN
-- IF EXISTS, DROP CONSTRAINT IF EXISTS on missing names.
CREATE UNLOGGED TABLE cache_entries (key text PRIMARY KEY, value bytea, expires_at timestamptz);
ALTER TABLE cache_entries ADD COLUMN IF NOT EXISTS value text;
ALTER TABLE cache_entries ADD COLUMN IF NOT EXISTS hits integer DEFAULT 0;
ALTER TABLE cache_entries DROP COLUMN IF EXISTS nope;
ALTER TABLE cache_entries DROP CONSTRAINT IF EXISTS nope_check;
ALTER TABLE IF EXISTS missing_table ADD COLUMN x int;
CREATE INDEX IF NOT EXISTS cache_entries_exp_idx ON cache_entries (expires_at);
CREATE INDEX IF NOT EXISTS cache_entries_exp_idx ON cache_entries (hits);
