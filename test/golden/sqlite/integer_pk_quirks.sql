-- Which primary keys are rowid aliases (no autoindex) and which are not.
CREATE TABLE a_int (id INT PRIMARY KEY, v TEXT);             -- INT, not INTEGER: autoindex
CREATE TABLE b_integer_desc (id INTEGER PRIMARY KEY DESC, v); -- DESC: not an alias, autoindex
CREATE TABLE c_table_level (id INTEGER, v, PRIMARY KEY (id)); -- alias, no index
CREATE TABLE d_bigint (id BIGINT PRIMARY KEY, v);             -- autoindex
CREATE TABLE e_integer_asc (id INTEGER PRIMARY KEY ASC, v);   -- alias
CREATE TABLE f_quoted ("id" "INTEGER" PRIMARY KEY, v);        -- alias
CREATE TABLE g_lower (id integer primary key, v);             -- alias
