ALTER TABLE t ALTER COLUMN tz TYPE time with time zone;
