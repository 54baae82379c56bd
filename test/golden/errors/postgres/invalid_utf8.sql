-- expect: ERROR:  invalid byte sequence for encoding "UTF8": 0xc3 0x28 -- no position reported; the bad bytes are at line 4, col 8 (bytes 8-9)
CREATE TABLE t (
    id integer PRIMARY KEY,
    caf√( text
);
