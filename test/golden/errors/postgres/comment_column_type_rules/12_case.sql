COMMENT ON TABLE t IS 'x' extra;
