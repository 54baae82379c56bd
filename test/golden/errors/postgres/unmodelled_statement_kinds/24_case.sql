ALTER PROCEDURE pr() SET search_path = app;
