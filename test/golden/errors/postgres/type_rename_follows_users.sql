-- expect: line 4 fails closed (PostgreSQL 15 renames the type and the function's signature follows: \df f shows "a feeling"; our routines keep their signature as written); line 8 is refused, the composite's attribute following the rename (PostgreSQL 15: ERROR cannot drop type tint because other objects depend on it, DETAIL column s of composite type box depends on type tint)
CREATE TYPE mood AS ENUM ('a');
CREATE FUNCTION f(a mood) RETURNS int LANGUAGE sql AS 'select 1';
ALTER TYPE mood RENAME TO feeling;
CREATE TYPE shade AS ENUM ('dark');
CREATE TYPE box AS (s shade);
ALTER TYPE shade RENAME TO tint;
DROP TYPE tint;
