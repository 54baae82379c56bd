-- An OUT argument followed by one whose type cannot be resolved: the
-- statement fails closed and nothing of its signature is kept.
CREATE FUNCTION f(OUT a int, b no_such_type) LANGUAGE sql AS 'SELECT 1';
CREATE FUNCTION g(OUT a int, b int[][) LANGUAGE sql AS 'SELECT 1';
CREATE TABLE after_them (id int);
