CREATE INDEX i5 ON sqlite_master (name);
