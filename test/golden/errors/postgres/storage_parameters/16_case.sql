ALTER TABLE t SET (oids = false);
