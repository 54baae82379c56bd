-- Drift in six migration files against one schema, tables declared in
-- the reverse order: the text report quotes a line of each migration and
-- of the schema for every finding (more files than the report keeps open
-- at once, schema lines going backwards).
CREATE TABLE t6 (
    id integer NOT NULL,
    name varchar(10),
    note text
);
CREATE TABLE t5 (
    id integer NOT NULL,
    name varchar(10),
    note text
);
CREATE TABLE t4 (
    id integer NOT NULL,
    name varchar(10),
    note text
);
CREATE TABLE t3 (
    id integer NOT NULL,
    name varchar(10),
    note text
);
CREATE TABLE t2 (
    id integer NOT NULL,
    name varchar(10),
    note text
);
CREATE TABLE t1 (
    id integer NOT NULL,
    name varchar(10),
    note text
);
