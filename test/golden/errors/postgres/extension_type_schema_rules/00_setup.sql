-- expect: success for the setup; cases: extension types: 01 written with a schema the extension is not in (PostgreSQL 15: type "public.cube" does not exist; we fail closed), 02 qualified arrays (accepted).
CREATE SCHEMA ext;
CREATE EXTENSION cube WITH SCHEMA ext;
CREATE EXTENSION citext;
