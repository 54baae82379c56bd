ALTER TABLE t SET (fillfactor = 50, fillfactor = 60);
