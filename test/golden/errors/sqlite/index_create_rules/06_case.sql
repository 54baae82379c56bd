CREATE INDEX main.i1 ON t (v);
