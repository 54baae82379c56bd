COMMENT ON INDEX missing IS 'x';
