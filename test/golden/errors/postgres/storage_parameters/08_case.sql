ALTER TABLE t SET (fillfactor = 50, foo.bar = 1);
