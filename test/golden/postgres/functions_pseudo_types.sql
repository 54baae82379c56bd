-- Pseudo-types in routine signatures: polymorphic arguments and results,
-- record arguments in PL/pgSQL, void and record results, OUT anyarray.
CREATE FUNCTION unnest_nd_1d(a anyarray, OUT a_1d anyarray)
  RETURNS SETOF anyarray
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT AS
$func$
BEGIN
   FOREACH a_1d SLICE 1 IN ARRAY a LOOP
      RETURN NEXT;
   END LOOP;
END
$func$;
CREATE FUNCTION first_of(x anyelement, y anyelement) RETURNS anyelement LANGUAGE sql AS $$ SELECT x $$;
CREATE FUNCTION pick(a anycompatible, b anycompatiblearray) RETURNS anycompatiblearray
  LANGUAGE sql AS $$ SELECT b || a $$;
CREATE FUNCTION enum_first(e anyenum) RETURNS anyenum LANGUAGE sql AS $$ SELECT e $$;
CREATE FUNCTION row_width(r record) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;
CREATE FUNCTION nothing(n int) RETURNS void LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE FUNCTION as_record(x anyelement) RETURNS record LANGUAGE sql AS $$ SELECT x, 1 $$;
CREATE FUNCTION range_lo(r anyrange) RETURNS anyelement LANGUAGE sql AS $$ SELECT lower(r) $$;
CREATE FUNCTION "Pseudo"(a "anyelement") RETURNS "anyelement" LANGUAGE sql AS $$ SELECT a $$;
