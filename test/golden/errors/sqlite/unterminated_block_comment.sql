-- expect: Parse error near line 3: incomplete input -- the comment opens at line 3, col 28; SQLite treats it as running to end of input
CREATE TABLE a (id INTEGER);
CREATE TABLE b (id INTEGER /* this comment is never closed
);
