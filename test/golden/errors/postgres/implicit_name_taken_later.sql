-- expect: ERROR:  relation "w_a_key" already exists
-- The unnamed UNIQUE (a) takes w_a_key before the explicitly named constraint
-- is created, so the explicit name then collides.
CREATE TABLE w (
    a integer,
    b integer,
    UNIQUE (a),
    CONSTRAINT w_a_key UNIQUE (b)
);
