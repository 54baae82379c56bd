CREATE INDEX ON t USING brin (a) WITH (autosummarize = on, fillfactor = 50);
