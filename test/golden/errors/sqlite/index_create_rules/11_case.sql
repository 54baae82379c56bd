CREATE INDEX nosuchdb.i6 ON t (v);
