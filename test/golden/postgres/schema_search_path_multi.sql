-- search_path with several schemas: tables land in the first existing one,
-- lookups walk the path, a later SET changes where new objects go.
CREATE SCHEMA app;
CREATE SCHEMA audit;
SET search_path TO missing, app, public;
CREATE TABLE users (id serial PRIMARY KEY, name text);
CREATE TYPE role AS ENUM ('admin', 'user');
ALTER TABLE users ADD COLUMN r role DEFAULT 'user';
SET search_path = audit, app;
CREATE TABLE log (id bigserial PRIMARY KEY, user_id int REFERENCES users (id), r role);
CREATE INDEX ON users (name);
RESET search_path;
CREATE TABLE plain (id int);
SELECT set_config('search_path', 'app', false);
CREATE TABLE settings (k text PRIMARY KEY, v text);
