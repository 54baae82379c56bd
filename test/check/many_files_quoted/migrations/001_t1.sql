-- migration 1: t1 with a wider name and no note
CREATE TABLE t1 (
    id integer NOT NULL,
    name varchar(20)
);

ALTER TABLE t1 ADD COLUMN extra_1 boolean;
