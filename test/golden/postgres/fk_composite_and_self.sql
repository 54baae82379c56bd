-- Composite foreign keys, MATCH FULL, actions with column lists, and a key
-- referencing a unique constraint instead of the primary key.
CREATE TABLE regions (code text, country text, name text, PRIMARY KEY (country, code), UNIQUE (name));
CREATE TABLE shops (
    id int PRIMARY KEY,
    country text, region text, region_name text REFERENCES regions (name) ON UPDATE CASCADE,
    FOREIGN KEY (country, region) REFERENCES regions (country, code) MATCH FULL ON DELETE SET NULL
);
CREATE TABLE tree (id int PRIMARY KEY, parent int REFERENCES tree ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED);
ALTER TABLE shops ADD CONSTRAINT shops_self FOREIGN KEY (id) REFERENCES shops (id) NOT VALID;
ALTER TABLE shops VALIDATE CONSTRAINT shops_self;
