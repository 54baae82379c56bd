-- IF NOT EXISTS on objects that already exist leaves the first definition.
CREATE TABLE settings (
    key text PRIMARY KEY,
    value text
);

CREATE TABLE IF NOT EXISTS settings (
    key integer,
    other text UNIQUE
);

CREATE INDEX IF NOT EXISTS settings_value_idx ON settings (value);
CREATE INDEX IF NOT EXISTS settings_value_idx ON settings (key);
CREATE UNIQUE INDEX IF NOT EXISTS settings_value_idx ON settings (lower(value));

ALTER TABLE settings ADD COLUMN IF NOT EXISTS updated_at timestamptz DEFAULT now();
ALTER TABLE settings ADD COLUMN IF NOT EXISTS updated_at date;
ALTER TABLE settings ADD COLUMN IF NOT EXISTS value integer;
