-- Many actions in one ALTER TABLE: ADD COLUMN with constraints, SET/DROP
-- DEFAULT, SET/DROP NOT NULL, TYPE with USING, ADD/DROP CONSTRAINT.
CREATE TABLE items (
    id integer NOT NULL,
    sku text,
    price text,
    qty smallint DEFAULT 1,
    note varchar(10) NOT NULL,
    CONSTRAINT items_note_check CHECK (note <> '')
);
ALTER TABLE items
    ADD PRIMARY KEY (id),
    ADD COLUMN weight numeric(8,3) DEFAULT 0.5 NOT NULL,
    ALTER COLUMN sku SET NOT NULL,
    ALTER COLUMN price TYPE numeric(10,2) USING price::numeric,
    ALTER COLUMN qty SET DEFAULT 10,
    ALTER COLUMN qty TYPE integer,
    ALTER COLUMN note DROP NOT NULL,
    DROP CONSTRAINT items_note_check,
    ADD UNIQUE (sku);
ALTER TABLE items
    ALTER COLUMN weight DROP DEFAULT,
    ADD CONSTRAINT items_price_positive CHECK (price > 0) NOT VALID,
    ALTER COLUMN note TYPE text;
ALTER TABLE items VALIDATE CONSTRAINT items_price_positive;
