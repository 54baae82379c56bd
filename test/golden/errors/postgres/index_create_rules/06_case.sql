CREATE INDEX i7 ON t ((nosuch + 1));
