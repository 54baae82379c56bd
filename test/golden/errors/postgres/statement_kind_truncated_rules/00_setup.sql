-- expect: success for the setup; cases: statement classification of truncated statements (each a syntax error at the end of input in PostgreSQL 15, where we fail closed) and of 20-22, which PostgreSQL accepts (set_config of another setting, COPY from a file) and we ignore.
CREATE TABLE t (id int, v text);
