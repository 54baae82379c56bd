-- Renaming a range type: columns of it follow, and its multirange type
-- keeps its name; a composite type renamed into another name as well.
CREATE TYPE fr AS RANGE (subtype = float8);
CREATE TYPE pair AS (a int, b text);
CREATE TABLE t (r fr, m fr_multirange, p pair, ps pair[]);
ALTER TYPE fr RENAME TO frange;
ALTER TYPE pair RENAME TO duo;
