-- Views and materialized views with column lists, OR REPLACE adding a
-- column, dropped with CASCADE; other columns of the base table change.
CREATE TABLE sales (id int PRIMARY KEY, region text, amount numeric, note text);
CREATE VIEW region_totals (region_name, total) AS SELECT region, sum(amount) FROM sales GROUP BY region;
CREATE MATERIALIZED VIEW big_sales (sale_id, amt) AS SELECT id, amount FROM sales WHERE amount > 100;
CREATE VIEW top_regions AS SELECT region_name FROM region_totals WHERE total > 1000;
CREATE OR REPLACE VIEW region_totals (region_name, total, n) AS SELECT region, sum(amount), max(id) FROM sales GROUP BY region;
ALTER TABLE sales ADD COLUMN sold_at date;
ALTER TABLE sales ALTER COLUMN note TYPE varchar(200);
DROP VIEW region_totals CASCADE;
DROP MATERIALIZED VIEW IF EXISTS big_sales;
DROP TABLE sales;
