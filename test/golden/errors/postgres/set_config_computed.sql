-- expect: line 4 fails closed (set_config with a computed value: the search_path it sets is not known here); PostgreSQL 15 accepts it (the path becomes "$user", public, app)
CREATE SCHEMA app;
CREATE TABLE app.t (id int);
SELECT set_config('search_path', current_setting('search_path') || ', app', false);
