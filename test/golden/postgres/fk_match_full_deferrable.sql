-- Foreign keys with MATCH FULL, DEFERRABLE INITIALLY DEFERRED and
-- IMMEDIATE, composite keys, altered with ALTER CONSTRAINT, renamed.
CREATE TABLE warehouses (region char(2), code int, name text, PRIMARY KEY (region, code));
CREATE TABLE stock (
    id serial PRIMARY KEY,
    region char(2),
    code int,
    FOREIGN KEY (region, code) REFERENCES warehouses MATCH FULL ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE transfers (
    id serial PRIMARY KEY,
    from_region char(2), from_code int,
    to_region char(2), to_code int,
    CONSTRAINT transfers_from_fk FOREIGN KEY (from_region, from_code) REFERENCES warehouses (region, code) MATCH SIMPLE DEFERRABLE,
    CONSTRAINT transfers_to_fk FOREIGN KEY (to_region, to_code) REFERENCES warehouses (region, code) MATCH FULL ON UPDATE CASCADE NOT DEFERRABLE
);
ALTER TABLE transfers ALTER CONSTRAINT transfers_from_fk DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE stock ALTER CONSTRAINT stock_region_code_fkey NOT DEFERRABLE;
ALTER TABLE transfers RENAME CONSTRAINT transfers_to_fk TO transfers_destination_fkey;
ALTER TABLE warehouses RENAME COLUMN code TO wh_code;
