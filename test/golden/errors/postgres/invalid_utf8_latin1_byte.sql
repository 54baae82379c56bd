-- expect: ERROR:  invalid byte sequence for encoding "UTF8": 0xe9 0x20 0x74 -- Latin-1 byte at line 4, col 8; no position reported (SQLite accepts the same bytes)
CREATE TABLE t (
    id integer PRIMARY KEY,
    café text
);
