-- Self-referencing foreign keys (implied parent key and explicit column),
-- the table renamed: its own REFERENCES clauses are rewritten.
CREATE TABLE employees (
    id INTEGER PRIMARY KEY,
    manager_id INTEGER REFERENCES employees ON DELETE SET NULL,
    mentor_id INTEGER,
    name TEXT,
    buddy_id INTEGER REFERENCES employees (id),
    FOREIGN KEY (mentor_id) REFERENCES employees (id) ON UPDATE CASCADE
);
CREATE INDEX employees_manager ON employees (manager_id);
ALTER TABLE employees RENAME TO staff;
