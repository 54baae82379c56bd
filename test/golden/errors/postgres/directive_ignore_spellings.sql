-- expect: acknowledgement directives spelled with tabs, trailing blanks and carriage returns are recognised; "schemadrift:ignored" and a directive in a block comment are not directives, so those DO blocks fail closed
--	schemadrift:ignore	only sets a GUC   
DO $$ BEGIN PERFORM 1; END $$;
-- schemadrift:ignore   	
DO $$ BEGIN PERFORM 2; END $$;
-- schemadrift:ignored not a directive
DO $$ BEGIN PERFORM 3; END $$;
/* schemadrift:ignore in a block comment */
DO $$ BEGIN PERFORM 4; END $$;
--
CREATE TABLE t (id int); --
