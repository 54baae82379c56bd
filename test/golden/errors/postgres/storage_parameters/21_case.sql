CREATE TABLE c11 (a int) WITH (toast.bogus = 1, fillfactor = 5);
