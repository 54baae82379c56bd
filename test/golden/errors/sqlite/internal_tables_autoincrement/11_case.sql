DROP VIEW sqlite_master;
