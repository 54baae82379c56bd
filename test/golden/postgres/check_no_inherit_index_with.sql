-- CHECK ... NO INHERIT (not copied to inheriting tables), index storage parameters and TABLESPACE (no schema effect).
CREATE TABLE e (salary numeric, grade int CHECK (grade > 0) NO INHERIT);
ALTER TABLE e ADD CHECK (salary < 1000000) NO INHERIT;
ALTER TABLE e ADD CONSTRAINT e_pos CHECK (salary >= 0);
CREATE TABLE e2 (extra text) INHERITS (e);
CREATE INDEX e_salary ON e (salary) WITH (fillfactor = 70);
CREATE INDEX e_grade ON e USING btree (grade) WITH (fillfactor=90, deduplicate_items = off) TABLESPACE pg_default;
CREATE UNIQUE INDEX e_g2 ON e (grade) TABLESPACE pg_default WHERE grade > 10;
