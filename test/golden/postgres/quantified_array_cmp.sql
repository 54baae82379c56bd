-- x op ANY/SOME/ALL (array) as written and as pg_dump prints IN lists: the same expression PostgreSQL stores.
CREATE TABLE qa (q int, mode text, kind varchar(10), tags text[],
  CONSTRAINT c1 CHECK (mode = ANY (ARRAY['a','b'])),
  CONSTRAINT c2 CHECK (kind IN ('x','y')),
  CONSTRAINT c3 CHECK ((kind)::text = ANY ((ARRAY['x'::character varying, 'y'::character varying])::text[])),
  CONSTRAINT c4 CHECK (q <> ALL (ARRAY[1,2])),
  CONSTRAINT c5 CHECK (q = SOME (ARRAY[3,4])),
  CONSTRAINT c6 CHECK (kind = any (array['x','z'])));
CREATE INDEX qa_i1 ON qa (q) WHERE mode = ANY (ARRAY['a','b']);
CREATE INDEX qa_i2 ON qa (q) WHERE kind IN ('x','y');
CREATE INDEX qa_i3 ON qa (q) WHERE (kind)::text = ANY ((ARRAY['x'::character varying, 'y'::character varying])::text[]);
CREATE INDEX qa_i4 ON qa (q) WHERE q <> ALL (ARRAY[1,2]);
CREATE INDEX qa_i5 ON qa (q) WHERE mode = ANY ('{a,b}'::text[]);
CREATE INDEX qa_i6 ON qa (q) WHERE mode = ANY (tags);
CREATE INDEX qa_i7 ON qa (q) WHERE mode IN ('a', 'b');
