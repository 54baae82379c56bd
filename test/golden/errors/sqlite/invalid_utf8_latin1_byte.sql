-- expect: success: SQLite accepts the invalid byte 0xE9 as part of the identifier (column name is the raw bytes "caf\xE9"); no error
CREATE TABLE t (
    id INTEGER PRIMARY KEY,
    café TEXT
);
