-- SQLite view forms: IF NOT EXISTS over an existing view (no-op), TEMP views (session only: ignored), schema-qualified names, column lists, views over views dropped in dependency order, DROP VIEW IF EXISTS of a missing view; the stored text keeps the statement up to its terminator.
CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, boss INTEGER);
CREATE VIEW main.named (pid, pname) AS SELECT id, name FROM people;
CREATE VIEW IF NOT EXISTS named AS SELECT 1;
CREATE VIEW IF NOT EXISTS bosses AS SELECT DISTINCT p.name, b.name AS boss_name FROM people p JOIN people b ON b.id = p.boss;
CREATE TEMP VIEW scratch AS SELECT 1 AS x;
CREATE TEMPORARY VIEW IF NOT EXISTS scratch2 AS SELECT 2 AS y;
CREATE VIEW top AS SELECT boss_name FROM bosses WHERE boss_name IS NOT NULL   ;  
CREATE VIEW everyone AS SELECT * FROM people UNION SELECT * FROM people;
DROP VIEW top;
DROP VIEW IF EXISTS never_there;
DROP VIEW IF EXISTS main.bosses;
