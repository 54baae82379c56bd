ALTER TABLE t SET (vacuum_index_cleanup = maybe);
