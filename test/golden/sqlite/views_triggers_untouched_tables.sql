-- Views and triggers on tables that are never renamed or dropped, while
-- another table gets a column added.
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers (id), total REAL DEFAULT 0);
CREATE TABLE scratch (x INTEGER);
CREATE VIEW customer_totals AS SELECT c.id, c.name, sum(o.total) AS total FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id;
CREATE TRIGGER orders_ai AFTER INSERT ON orders FOR EACH ROW WHEN NEW.total > 1000
BEGIN
    UPDATE customers SET email = email WHERE id = NEW.customer_id;
END;
ALTER TABLE scratch ADD COLUMN y TEXT DEFAULT 'y';
CREATE TABLE audit (id INTEGER PRIMARY KEY AUTOINCREMENT, what TEXT);
CREATE TRIGGER customers_bd BEFORE DELETE ON customers BEGIN INSERT INTO audit (what) VALUES ('delete ' || OLD.id); END;
