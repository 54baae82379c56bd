-- SQLite keeps a view's text up to its terminator with trailing blanks and
-- one ';' dropped; a string view name; IF NOT EXISTS on an existing view.
CREATE TABLE t (id integer, v text);
CREATE VIEW 'sv' AS SELECT id FROM t   ;
CREATE VIEW IF NOT EXISTS sv AS SELECT v FROM t;
CREATE VIEW tail AS SELECT v FROM t	
;
CREATE VIEW last AS SELECT id, v FROM t -- the end;
