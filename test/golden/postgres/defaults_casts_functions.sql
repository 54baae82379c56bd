-- Defaults as pg_get_expr prints them: casts, functions, arrays, intervals.
CREATE TABLE d (
    a timestamptz DEFAULT now(),
    b timestamp DEFAULT CURRENT_TIMESTAMP,
    c date DEFAULT CURRENT_DATE,
    d text[] DEFAULT '{}',
    e int[] DEFAULT ARRAY[1, 2],
    f interval DEFAULT '1 day',
    g numeric(10,2) DEFAULT 0,
    h boolean DEFAULT true,
    i jsonb DEFAULT '{}'::jsonb,
    j varchar(10) DEFAULT 'x',
    k uuid DEFAULT gen_random_uuid(),
    l bigint DEFAULT -1,
    m text DEFAULT lower('ABC'),
    n double precision DEFAULT 1.5
);
