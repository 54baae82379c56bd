CREATE INDEX app.i ON t (v);
