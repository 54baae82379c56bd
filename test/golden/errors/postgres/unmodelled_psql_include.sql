-- expect: psql:unmodelled_psql_include.sql:3: error: other.sql: No such file or directory (psql meta-command \i; with ON_ERROR_STOP psql stops there, exit 3)
CREATE TABLE customers (id integer PRIMARY KEY);
\i other.sql
CREATE TABLE orders (id integer PRIMARY KEY);
