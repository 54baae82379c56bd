DROP FUNCTION IF EXISTS nope(), nope2(int);
