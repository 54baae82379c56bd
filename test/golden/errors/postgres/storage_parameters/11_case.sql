ALTER TABLE t SET ("Fillfactor" = 50);
