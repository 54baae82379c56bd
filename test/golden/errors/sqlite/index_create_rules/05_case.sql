CREATE INDEX sqlite_idx ON t (v);
