COMMENT ON INDEX app.missing IS 'x';
