CREATE INDEX i2 ON t (v) INCLUDE (nosuch);
