-- migrate:up
CREATE TABLE visits (id serial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now());
CREATE INDEX visits_at ON visits (at DESC);
-- migrate:down
DROP TABLE visits;
