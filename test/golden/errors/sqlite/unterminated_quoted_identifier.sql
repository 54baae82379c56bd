-- expect: Parse error near line 3: unrecognized token: "[Order Items ( ..." -- at line 3, col 14 ([ opens, never closed)
CREATE TABLE t (id INTEGER PRIMARY KEY);
CREATE TABLE [Order Items (
    id INTEGER PRIMARY KEY
);
