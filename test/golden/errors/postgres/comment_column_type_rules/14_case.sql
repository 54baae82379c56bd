COMMENT ON COLUMN a.b.c.d IS 'x';
