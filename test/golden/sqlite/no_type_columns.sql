-- Columns without any declared type, with and without constraints.
CREATE TABLE kv (
    k PRIMARY KEY,
    v,
    extra DEFAULT 0,
    tag NOT NULL DEFAULT '',
    ref REFERENCES kv,
    note UNIQUE
);

CREATE TABLE bare (x, y, z);
