-- migration 4: t4 with a wider name and no note
CREATE TABLE t4 (
    id integer NOT NULL,
    name varchar(20)
);

ALTER TABLE t4 ADD COLUMN extra_4 boolean;
