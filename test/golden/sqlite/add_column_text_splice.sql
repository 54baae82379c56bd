-- SQLite ALTER TABLE ... ADD COLUMN text spliced into the stored CREATE
-- TABLE: a line comment followed by a block comment on the next line, tabs
-- and a carriage return before the semicolon.
CREATE TABLE t (a integer);
ALTER TABLE t ADD COLUMN c text -- note
/* more */;
ALTER TABLE t ADD COLUMN d integer	 
;
ALTER TABLE t ADD COLUMN e text DEFAULT (
	1 + 2 )	;
