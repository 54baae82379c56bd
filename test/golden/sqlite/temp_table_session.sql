-- A TEMP table lives only as long as the migration's session: it is not part of the schema the migrations leave behind (and a later CREATE of the same name in main is fine).
CREATE TABLE t (id INTEGER);
CREATE TEMP TABLE session_state (k TEXT);
CREATE TEMPORARY TABLE IF NOT EXISTS scratch (v INTEGER);
INSERT INTO session_state VALUES ('x');
CREATE TABLE main.scratch (w TEXT);
