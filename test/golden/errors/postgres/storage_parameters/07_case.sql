ALTER TABLE t SET (bogus = 1, fillfactor = 5);
