-- CONSTRAINT names on every kind of constraint (SQLite keeps them only in the
-- SQL text; autoindexes are still sqlite_autoindex_*).
CREATE TABLE shipments (
    id INTEGER CONSTRAINT shipments_pk PRIMARY KEY,
    tracking TEXT CONSTRAINT shipments_tracking_uq UNIQUE,
    weight REAL CONSTRAINT shipments_weight_pos CHECK (weight > 0),
    carrier TEXT CONSTRAINT shipments_carrier_nn NOT NULL,
    origin TEXT CONSTRAINT shipments_origin_df DEFAULT 'HQ',
    route_id INTEGER CONSTRAINT shipments_route_fk REFERENCES routes (id),
    CONSTRAINT shipments_carrier_tracking_uq UNIQUE (carrier, tracking),
    CONSTRAINT shipments_weight_cap CHECK (weight < 1000)
);
