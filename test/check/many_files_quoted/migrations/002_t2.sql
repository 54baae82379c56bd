-- migration 2: t2 with a wider name and no note
CREATE TABLE t2 (
    id integer NOT NULL,
    name varchar(20)
);

ALTER TABLE t2 ADD COLUMN extra_2 boolean;
