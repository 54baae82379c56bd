ALTER TABLE t SET (parallel_workers = abc);
