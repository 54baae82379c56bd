-- migration 6: t6 with a wider name and no note
CREATE TABLE t6 (
    id integer NOT NULL,
    name varchar(20)
);

ALTER TABLE t6 ADD COLUMN extra_6 boolean;
