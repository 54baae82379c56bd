-- Stored generated columns: expressions as pg_get_expr prints them.
CREATE TABLE g (
    a int, b int,
    s int GENERATED ALWAYS AS (a + b) STORED,
    t text GENERATED ALWAYS AS ('n=' || a::text) STORED,
    u numeric GENERATED ALWAYS AS (a * 1.5) STORED
);
ALTER TABLE g ADD COLUMN v int GENERATED ALWAYS AS (b * 2) STORED;
ALTER TABLE g ALTER COLUMN s DROP EXPRESSION;
ALTER TABLE g ALTER COLUMN a DROP EXPRESSION IF EXISTS;
