CREATE INDEX ON t (a) WITH (fillfactor = 101);
