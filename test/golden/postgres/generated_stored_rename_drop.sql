-- Stored generated columns referencing other columns; a column not used by
-- a remaining expression renamed; one expression dropped; one column dropped.
CREATE TABLE line_items (
    id int PRIMARY KEY,
    qty integer NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    total numeric GENERATED ALWAYS AS (qty * unit_price) STORED,
    label text,
    label_lower text GENERATED ALWAYS AS (lower(label)) STORED,
    doubled int GENERATED ALWAYS AS (qty * 2) STORED
);
ALTER TABLE line_items RENAME COLUMN label TO title;
ALTER TABLE line_items ALTER COLUMN unit_price SET DEFAULT 0;
ALTER TABLE line_items ALTER COLUMN label_lower DROP EXPRESSION;
ALTER TABLE line_items DROP COLUMN doubled;
ALTER TABLE line_items ADD COLUMN tax numeric GENERATED ALWAYS AS (unit_price * 0.2) STORED;
