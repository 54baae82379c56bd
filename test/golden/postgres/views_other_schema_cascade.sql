-- Views in several schemas reading tables in others; materialized views;
-- a DROP TABLE CASCADE removes the views across schemas.
CREATE SCHEMA reporting;
CREATE TABLE orders (id int PRIMARY KEY, customer text, amount numeric(10,2), placed date);
CREATE TABLE refunds (order_id int REFERENCES orders, amount numeric(10,2));
CREATE VIEW reporting.daily AS SELECT placed, sum(amount) AS total FROM orders GROUP BY placed;
CREATE MATERIALIZED VIEW reporting.by_customer AS SELECT customer, sum(amount) AS total FROM orders GROUP BY customer;
CREATE VIEW reporting.refunded (order_id, refunded) AS SELECT order_id, amount FROM refunds;
CREATE VIEW reporting.recent AS SELECT * FROM reporting.daily WHERE placed > DATE '2024-01-01';
ALTER TABLE refunds ADD COLUMN reason text;
DROP TABLE orders CASCADE;
