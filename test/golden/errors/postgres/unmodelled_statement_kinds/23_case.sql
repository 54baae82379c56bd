ALTER FUNCTION f() SET search_path = app;
