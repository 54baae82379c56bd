-- expect: error at line 4: SQL functions cannot have arguments of type "any"; line 5: PL/pgSQL functions cannot accept type internal; line 6: cannot determine result data type (an anyelement result needs a polymorphic argument). Which pseudo-types a language accepts is modelled only for the common cases, so these fail closed. Lines 7 and 8 fail the same way; line 9 (anymultirange from anyrange) is accepted.
CREATE TABLE t (id int);
CREATE FUNCTION ok_poly(x anyelement) RETURNS anyelement LANGUAGE sql AS $$ SELECT x $$;
CREATE FUNCTION any_arg(x "any") RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
CREATE FUNCTION internal_arg(x internal) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;
CREATE FUNCTION poly_result(x int) RETURNS anyelement LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE FUNCTION compat_from_element(x anyelement) RETURNS anycompatible LANGUAGE sql AS $$ SELECT x $$;
CREATE FUNCTION range_from_element(x anyelement) RETURNS anyrange LANGUAGE sql AS $$ SELECT NULL $$;
CREATE FUNCTION multirange_from_range(x anyrange) RETURNS anymultirange LANGUAGE sql AS $$ SELECT NULL $$;
