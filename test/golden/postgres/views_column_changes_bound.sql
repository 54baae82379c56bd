-- A view's columns are bound when it is made: a word of its query that was
-- not then a column of a table it reads (an alias here) does not tie the
-- view to a column that takes that name later, by a rename or an ADD.
CREATE TABLE orders (id int PRIMARY KEY, total numeric, note text);
CREATE VIEW order_totals AS SELECT o.id, o.total AS amount, o.id + 1 AS memo FROM orders o;
ALTER TABLE orders RENAME COLUMN note TO amount;
ALTER TABLE orders ALTER COLUMN amount TYPE varchar(100);
ALTER TABLE orders ADD COLUMN memo text;
ALTER TABLE orders DROP COLUMN memo;
ALTER TABLE orders DROP COLUMN amount;
