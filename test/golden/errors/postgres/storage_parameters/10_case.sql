ALTER TABLE p SET (fillfactor = 50);
