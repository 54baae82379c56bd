ALTER TABLE t SET (fillfactor = 100.6);
