-- expect: success for the setup; 01, 02, 07, 09, 10 succeed in SQLite 3.40 (01, 02 and 07 change nothing: a temporary trigger, IF NOT EXISTS and IF EXISTS); 03-06 and 08 are each rejected with the message in expected.err (checked with sqlite3 3.40.1); 11 is SQLite's syntax error (near ";"), where we fail closed.
CREATE TABLE t (id int, v text);
CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN SELECT 1; END;
