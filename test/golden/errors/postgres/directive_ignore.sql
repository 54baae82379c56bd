-- expect: success (the DO block runs; the acknowledged statement is listed, the other DO block still fails closed)
-- schemadrift:ignore only grants privileges, no schema change
DO $$ BEGIN PERFORM 1; END $$;
CREATE TABLE t (id int);
-- schemadrift:ignore
DO $$ BEGIN PERFORM 2; END $$;

DO $$ BEGIN PERFORM 3; END $$;
