-- migration 3: t3 with a wider name and no note
CREATE TABLE t3 (
    id integer NOT NULL,
    name varchar(20)
);

ALTER TABLE t3 ADD COLUMN extra_3 boolean;
