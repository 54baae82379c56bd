-- expect: success (the array default then reads '{z}'::m[]); rewriting a default that uses the type in another form than 'label'::type is not modelled, so the rename fails closed
CREATE TYPE m AS ENUM ('a','b');
CREATE TABLE t (x m[] DEFAULT '{a}', y m DEFAULT 'b');
ALTER TYPE m RENAME VALUE 'a' TO 'z';
