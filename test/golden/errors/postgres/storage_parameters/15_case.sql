CREATE INDEX ON t (a) WITH (toast.fillfactor = 50);
