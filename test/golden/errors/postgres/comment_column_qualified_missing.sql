-- expect: ERROR:  column "nosuch" of relation "app.t" does not exist -- the relation as written, qualified
CREATE SCHEMA app;
CREATE TABLE app.t (a int);
COMMENT ON COLUMN app.t.a IS 'kept';
COMMENT ON COLUMN app.t.nosuch IS 'x';
