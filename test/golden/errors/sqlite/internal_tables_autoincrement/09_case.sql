ALTER TABLE sqlite_sequence ADD COLUMN b int;
