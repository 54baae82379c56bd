-- SQLite keeps a view's text up to the terminator with trailing white space
-- trimmed, then drops one ';', even a ';' inside a comment that runs to the
-- end of the input.
CREATE TABLE t (a INTEGER);
CREATE VIEW v_block AS SELECT a FROM t /* note */ ;
CREATE VIEW v_line AS SELECT a FROM t -- note;
;
CREATE VIEW v_open AS SELECT a FROM t /* runs to the end;
