-- expect: ERROR:  syntax error at or near "CREATE" -- at line 4, col 1: psql keeps "CREATE TABLE a (id int)" (no ";") in its buffer across \echo, and the next statement joins it; we fail closed there
CREATE TABLE a (id int)
\echo hi
CREATE TABLE b (id int);
