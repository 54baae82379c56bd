COMMENT ON COLUMN nope.t.id IS 'x';
