-- expect: Parse error near line 3: near "COMMENT": syntax error
CREATE TABLE t (id int);
COMMENT ON TABLE t IS 'x';
