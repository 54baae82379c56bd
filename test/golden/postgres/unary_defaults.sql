-- Unary minus and plus in defaults: -(2) is the constant -2 (the parser drops the parentheses), unary plus stays an operator, as pg_get_expr prints them.
CREATE TABLE s (i int DEFAULT 1, j int DEFAULT (-(2)), k bigint DEFAULT -(1), l int DEFAULT +3, m numeric DEFAULT -(1.50), n int DEFAULT - 4);
ALTER TABLE s ALTER COLUMN i SET DEFAULT -(2);
