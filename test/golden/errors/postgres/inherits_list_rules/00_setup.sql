-- expect: success for the setup; cases: a child's own default settling conflicting inherited defaults (01), inheriting an identity column (02), both accepted by PostgreSQL 15, INHERITS lists that are syntax errors there (03-05, 08, 09), where we fail closed, a generated column of the child merged with an inherited one (06: accepted; we fail closed) and an identity column merged with a plain one from another parent (07).
CREATE TABLE pa (id int, v text DEFAULT 'a');
CREATE TABLE pb (id bigint, v text DEFAULT 'b');
CREATE TABLE pc (id int, v text DEFAULT 'c');
CREATE TABLE pd (id int GENERATED ALWAYS AS IDENTITY, q int);
