-- expect: success (the virtual table exists, so DROP TABLE IF EXISTS drops it; both statements succeed)
CREATE VIRTUAL TABLE docs USING fts5(title, body);
DROP TABLE IF EXISTS docs;
