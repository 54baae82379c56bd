-- CONSTRAINT name on every kind, column and table level.
CREATE TABLE brands (
    id integer CONSTRAINT brands_pk PRIMARY KEY,
    name text CONSTRAINT brands_name_nn NOT NULL CONSTRAINT brands_name_uq UNIQUE
);

CREATE TABLE models (
    id integer,
    brand_id integer CONSTRAINT models_brand_fk REFERENCES brands (id),
    year integer CONSTRAINT models_year_range CHECK (year > 1900),
    name text,
    CONSTRAINT models_pk PRIMARY KEY (id),
    CONSTRAINT models_brand_name_uq UNIQUE (brand_id, name),
    CONSTRAINT models_name_not_blank CHECK (name <> ''),
    CONSTRAINT models_brand_fk2 FOREIGN KEY (brand_id) REFERENCES brands ON DELETE CASCADE
);
