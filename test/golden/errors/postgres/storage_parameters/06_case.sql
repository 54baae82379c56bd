ALTER TABLE t SET (fillfactor = 5, bogus = 1);
