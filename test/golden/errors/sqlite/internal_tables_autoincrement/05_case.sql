ALTER TABLE sqlite_master RENAME TO x;
