ALTER PROCEDURE pr() SET search_path = public;
