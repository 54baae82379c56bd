-- Views: names, materialized or not, and column names where the select list makes them plain.
CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL, active boolean DEFAULT true);
CREATE TABLE orders (id serial PRIMARY KEY, user_id int REFERENCES users, total numeric);
CREATE VIEW active_users AS SELECT id, email FROM users WHERE active;
CREATE VIEW user_totals (uid, spent) AS SELECT u.id, sum(o.total) FROM users u JOIN orders o ON o.user_id = u.id GROUP BY u.id;
CREATE OR REPLACE VIEW active_users AS SELECT id, email, lower(email) AS email_lc FROM users WHERE active;
CREATE VIEW everything AS SELECT * FROM orders;
CREATE VIEW odd AS SELECT id + 1, now() FROM users;
CREATE MATERIALIZED VIEW order_stats AS SELECT user_id, count(*) AS n FROM orders GROUP BY user_id;
CREATE VIEW on_view AS SELECT email FROM active_users;
CREATE VIEW to_drop AS SELECT 1 AS one;
DROP VIEW to_drop;
DROP VIEW IF EXISTS never_was;
DROP MATERIALIZED VIEW IF EXISTS never_was_either;
