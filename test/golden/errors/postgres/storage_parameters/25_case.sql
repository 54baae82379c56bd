ALTER TABLE t SET (toast.fillfactor = 50);
