-- DROP TABLE / DROP INDEX [IF EXISTS]; dropping a table drops its indexes.
CREATE TABLE temp_data (id INTEGER PRIMARY KEY, v TEXT UNIQUE, w TEXT);
CREATE INDEX temp_data_w ON temp_data (w);

CREATE TABLE keep (id INTEGER PRIMARY KEY, label TEXT);
CREATE INDEX keep_label ON keep (label);
CREATE INDEX keep_label2 ON keep (label, id);

DROP INDEX keep_label2;
DROP INDEX IF EXISTS keep_label2;
DROP INDEX IF EXISTS no_such_index;
DROP TABLE temp_data;
DROP TABLE IF EXISTS temp_data;
DROP TABLE IF EXISTS never_existed;

CREATE TABLE temp_data (id INTEGER PRIMARY KEY, fresh TEXT UNIQUE);
