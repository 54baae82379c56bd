CREATE INDEX i4 ON t (nosuch);
