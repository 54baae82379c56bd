CREATE FUNCTION r1() RETURNS TABLE (a numeric(5, 2), b varchar(3)[]) LANGUAGE sql AS 'SELECT 1.0, NULL::varchar[]';
