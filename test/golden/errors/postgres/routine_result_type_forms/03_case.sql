CREATE FUNCTION r5() RETURNS TABLE (m mood, n mood[]) LANGUAGE sql AS 'SELECT NULL::mood, NULL::mood[]';
