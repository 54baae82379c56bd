-- expect: error at line 3: column "a" of relation "g" is not a stored generated column (checked with psql)
CREATE TABLE g (a int, s int GENERATED ALWAYS AS (a + 1) STORED);
ALTER TABLE g ALTER COLUMN a DROP EXPRESSION;
