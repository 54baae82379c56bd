-- Order in which one CREATE TABLE assigns names: CHECKs first (in order),
-- then the PRIMARY KEY index, then UNIQUE indexes (in order), then FOREIGN KEYs.
-- Each avoids the names taken before it.
CREATE TABLE regions (id integer PRIMARY KEY);

CREATE TABLE stores (
    code text UNIQUE,
    region_id integer REFERENCES regions,
    manager text,
    CONSTRAINT stores_code_key CHECK (code <> ''),
    CONSTRAINT stores_pkey PRIMARY KEY (manager),
    CONSTRAINT stores_region_id_fkey UNIQUE (region_id, manager)
);

CREATE TABLE kiosks (
    id integer,
    label text UNIQUE,
    CONSTRAINT kiosks_label_key PRIMARY KEY (id)
);
