-- BEGIN/COMMIT, SAVEPOINT and data statements around DDL.
BEGIN;
CREATE TABLE setting (k text PRIMARY KEY, v text);
INSERT INTO setting VALUES ('a', '1'), ('b', '2');
SAVEPOINT s1;
UPDATE setting SET v = '3' WHERE k = 'a';
RELEASE SAVEPOINT s1;
ALTER TABLE setting ADD COLUMN updated timestamptz;
DELETE FROM setting WHERE k = 'b';
COMMIT;
START TRANSACTION;
CREATE INDEX setting_v ON setting (v);
END;
