COMMENT ON TYPE nosuch.e IS 'x';
