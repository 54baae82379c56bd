-- CREATE TABLE IF NOT EXISTS on an existing table keeps the first definition;
-- the stored SQL drops the "IF NOT EXISTS" words.
CREATE TABLE IF NOT EXISTS config (
    key TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE IF NOT EXISTS config (
    key INTEGER,
    other TEXT UNIQUE
);

create table if not exists "Config" (x);
CREATE INDEX IF NOT EXISTS config_value ON config (value);
CREATE INDEX IF NOT EXISTS config_value ON config (key);
