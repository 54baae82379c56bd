-- expect: sqlite3 3.40.1: Parse error near line 2: near "(": syntax error (WITH reads as a table option name)
CREATE TABLE t (a int) WITH (fillfactor = 70);
