CREATE TABLE w (a text, b text) WITHOUT ROWID;
