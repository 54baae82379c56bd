-- Named and unnamed UNIQUE/CHECK, autoindex numbering across constraints.
CREATE TABLE u (
    a INT UNIQUE, b INT, c INT CONSTRAINT c_pos CHECK (c > 0),
    CONSTRAINT ab_u UNIQUE (a, b), UNIQUE (b, c) ON CONFLICT REPLACE, CHECK (a <> b)
);
CREATE UNIQUE INDEX IF NOT EXISTS u_c ON u (c) WHERE c IS NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS u_c ON u (a);
