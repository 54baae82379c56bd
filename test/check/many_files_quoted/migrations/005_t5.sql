-- migration 5: t5 with a wider name and no note
CREATE TABLE t5 (
    id integer NOT NULL,
    name varchar(20)
);

ALTER TABLE t5 ADD COLUMN extra_5 boolean;
