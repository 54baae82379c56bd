-- Composite foreign keys to a composite unique key; both sides' columns
-- renamed; FK dropped with the referenced unique constraint via CASCADE.
CREATE TABLE regions (country char(2), code text, name text, PRIMARY KEY (country, code), UNIQUE (name, country));
CREATE TABLE stores (id int PRIMARY KEY, country char(2), region text, region_name text,
    FOREIGN KEY (country, region) REFERENCES regions ON UPDATE CASCADE,
    FOREIGN KEY (region_name, country) REFERENCES regions (name, country));
ALTER TABLE regions RENAME COLUMN code TO region_code;
ALTER TABLE stores RENAME COLUMN region TO region_code;
ALTER TABLE regions DROP CONSTRAINT regions_name_country_key CASCADE;
ALTER TABLE stores ADD CONSTRAINT stores_country_check CHECK (country ~ '^[A-Z]{2}$');
