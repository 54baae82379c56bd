-- DROP COLUMN of columns in multi-column keys and indexes: the keys and
-- indexes go; a CHECK naming the column goes; CASCADE for outside FKs.
CREATE TABLE shipments (
    id int,
    carrier text,
    tracking text,
    weight numeric CHECK (weight > 0),
    notes text,
    PRIMARY KEY (id, carrier),
    UNIQUE (carrier, tracking)
);
CREATE INDEX shipments_notes_idx ON shipments (notes, weight);
CREATE TABLE labels (ship_id int, ship_carrier text, FOREIGN KEY (ship_id, ship_carrier) REFERENCES shipments);
ALTER TABLE shipments DROP COLUMN tracking;
ALTER TABLE shipments DROP COLUMN weight;
ALTER TABLE shipments DROP COLUMN carrier CASCADE;
ALTER TABLE shipments ADD PRIMARY KEY (id);
