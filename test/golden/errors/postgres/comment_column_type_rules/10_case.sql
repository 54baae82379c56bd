COMMENT ON TABLE nope.t IS 'x';
