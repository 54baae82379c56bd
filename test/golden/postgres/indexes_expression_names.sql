-- Implicit names of expression and multi-column indexes, numbered on
-- collision; an index renamed frees its name for the next one.
CREATE TABLE people (id int PRIMARY KEY, first_name text, last_name text, email text, born date);
CREATE INDEX ON people (lower(email));
CREATE INDEX ON people (lower(email));
CREATE INDEX ON people ((first_name || ' ' || last_name));
CREATE INDEX ON people (last_name, first_name);
CREATE INDEX ON people (last_name, first_name);
CREATE INDEX ON people (date_part('year', born));
ALTER INDEX people_lower_idx RENAME TO people_email_ci;
CREATE INDEX ON people (lower(email)) INCLUDE (id);
CREATE INDEX ON people (upper(last_name) DESC);
