-- CHECK names: one referenced column -> t_col_check, zero or several -> t_check[N].
CREATE TABLE shipments (
    id integer PRIMARY KEY,
    weight_kg numeric CHECK (weight_kg > 0),
    length_cm integer CHECK (length_cm > 0 AND length_cm < 500),
    width_cm integer CHECK (width_cm <= length_cm),
    height_cm integer,
    shipped_on date,
    delivered_on date,
    CHECK (delivered_on >= shipped_on),
    CHECK (true),
    CHECK (1 < 2),
    CHECK (height_cm > 0 AND height_cm < 300),
    CHECK (height_cm IS NOT NULL OR weight_kg IS NOT NULL)
);
