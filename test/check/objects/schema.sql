CREATE EXTENSION IF NOT EXISTS citext;
CREATE SEQUENCE invoice_no;
CREATE TABLE people (id int PRIMARY KEY, name text, email citext);
CREATE VIEW people_names AS SELECT id, name FROM people;
ALTER TABLE people ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON people USING (name = current_user);
