ALTER TABLE t SET (autovacuum_enabled = maybe);
