ALTER TABLE t SET (autovacuum_vacuum_scale_factor = 'NaN');
