-- expect: success for the setup; cases: SQLite renames and drops of columns and tables when triggers or views exist, which SQLite rewrites (we fail closed; sqlite3 3.40 accepts each).
CREATE TABLE t (id integer PRIMARY KEY, v text, w text);
CREATE TABLE other (id integer, x text);
CREATE TABLE log (msg text);
CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN INSERT INTO log VALUES (new.v); END;
