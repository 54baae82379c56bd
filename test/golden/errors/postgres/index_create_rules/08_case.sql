CREATE INDEX i5 ON t (id + 1);
