ALTER TABLE t SET (autovacuum_vacuum_max_threshold = 5);
