-- A table that references itself (tree), plus a FK added later by ALTER TABLE.
CREATE TABLE categories (
    id serial PRIMARY KEY,
    parent_id integer REFERENCES categories (id) ON DELETE CASCADE,
    name text NOT NULL,
    UNIQUE (parent_id, name)
);

CREATE TABLE employees (
    id integer PRIMARY KEY,
    manager_id integer,
    mentor_id integer
);

ALTER TABLE employees ADD FOREIGN KEY (manager_id) REFERENCES employees;
ALTER TABLE employees ADD CONSTRAINT employees_mentor_fk FOREIGN KEY (mentor_id) REFERENCES employees (id) ON DELETE SET NULL;
