-- Defaults of many types as pg_get_expr prints them: negative numerics,
-- normalised intervals, typed arrays, casts, booleans, string concatenation.
CREATE TABLE settings (
    a numeric(6,2) DEFAULT -12.50,
    b integer DEFAULT -1,
    c bigint DEFAULT 9999999999,
    d real DEFAULT 0.25,
    e interval DEFAULT '02:00:00'::interval,
    f text[] DEFAULT ARRAY['a', 'b'],
    g integer[] DEFAULT '{1,2,3}',
    h boolean DEFAULT false,
    i text DEFAULT 'pre' || 'fix',
    j jsonb DEFAULT '[]'::jsonb,
    k json DEFAULT '{}',
    l date DEFAULT '2020-01-01',
    m timestamptz DEFAULT CURRENT_TIMESTAMP,
    n time DEFAULT LOCALTIME,
    o varchar(8) DEFAULT 'v'::character varying,
    p smallint DEFAULT 0::smallint,
    q numeric DEFAULT 1e3,
    r text DEFAULT ''
);
ALTER TABLE settings ALTER COLUMN b SET DEFAULT 42;
ALTER TABLE settings ALTER COLUMN h SET DEFAULT true;
ALTER TABLE settings ADD COLUMN s uuid DEFAULT gen_random_uuid();
ALTER TABLE settings ADD COLUMN t timestamp DEFAULT (now() AT TIME ZONE 'utc');
