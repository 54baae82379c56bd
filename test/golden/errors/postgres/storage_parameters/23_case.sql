CREATE TABLE c14 (a int, a int) WITH (fillfactor = 5);
