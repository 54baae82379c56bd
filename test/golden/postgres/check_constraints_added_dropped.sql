-- CHECK constraints added (NOT VALID, named, implicit: a multi-column check
-- is named after the table), validated, renamed and dropped.
CREATE TABLE employees (id int PRIMARY KEY, salary numeric, bonus numeric, hired date, left_on date);
ALTER TABLE employees ADD CHECK (salary > 0);
ALTER TABLE employees ADD CONSTRAINT bonus_sane CHECK (bonus < salary) NOT VALID;
ALTER TABLE employees ADD CHECK (left_on IS NULL OR left_on >= hired);
ALTER TABLE employees VALIDATE CONSTRAINT bonus_sane;
ALTER TABLE employees RENAME CONSTRAINT employees_salary_check TO salary_positive;
ALTER TABLE employees ADD CHECK (salary < 1000000);
ALTER TABLE employees DROP CONSTRAINT employees_check;
ALTER TABLE employees ADD CHECK (salary <> 13);
