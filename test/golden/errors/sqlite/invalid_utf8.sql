-- expect: Parse error near line 2: near "(": syntax error -- byte 0xC3 is taken as an identifier character ("caf\xC3"), the next byte 0x28 is "(" at line 4, byte col 9
CREATE TABLE t (
    id INTEGER PRIMARY KEY,
    caf√( TEXT
);
