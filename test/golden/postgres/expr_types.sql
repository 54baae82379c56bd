-- Expression types as the engine resolves them: arithmetic over numeric columns widens integer constants (shown as casts), x IN (a) is x = a, a cast to a column's own type is dropped.
CREATE TABLE items (q int, p numeric(10,2), d numeric, mode text, kind varchar(10), r real,
    total numeric GENERATED ALWAYS AS (q * p * (1 - d / 100)) STORED,
    half double precision GENERATED ALWAYS AS (r * 2 + 1) STORED);
CREATE INDEX items_story ON items (q) WHERE (mode)::text = 'story'::text;
CREATE INDEX items_pending ON items (q) WHERE mode IN ('pending');
CREATE INDEX items_kinds ON items (q) WHERE kind NOT IN ('a');
CREATE INDEX items_two ON items (q) WHERE mode IN ('a', 'b');
