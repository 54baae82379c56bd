COMMENT ON TABLE a.b.c.d IS 'x';
