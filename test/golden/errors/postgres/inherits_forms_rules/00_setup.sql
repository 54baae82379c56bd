-- expect: success for the setup; each later file is one statement against it, run on its own. Files 01-05 are statements PostgreSQL 15 rejects (messages in expected.err match psql's, checked by hand); 06 is PostgreSQL's syntax error (we fail closed on syntax); 07-12 fail closed: forms PostgreSQL accepts (generated columns inherited, an identity column merged with an inherited one, a CHECK merged with an inherited one of the same name, options after INHERITS, ALTERs that recurse or change a parent's column default); 13-14 are PostgreSQL syntax errors (INHERITS without parentheses), where we fail closed at the same token (they used to be reported as applied while no table was made).
CREATE TABLE a (id int, v text DEFAULT 'a', CONSTRAINT a_v_check CHECK (v <> ''));
CREATE TABLE gen (g int GENERATED ALWAYS AS (1) STORED);
CREATE TABLE kid (x int) INHERITS (a);
CREATE TABLE pt (k int) PARTITION BY LIST (k);
CREATE TABLE pt_1 PARTITION OF pt FOR VALUES IN (1);
