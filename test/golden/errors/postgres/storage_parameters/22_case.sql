CREATE TABLE c12 (a int) WITH (bogus = 1, foo.x = 2);
