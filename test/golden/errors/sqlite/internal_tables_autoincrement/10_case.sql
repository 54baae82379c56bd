CREATE INDEX i6 ON sqlite_sequence (name);
