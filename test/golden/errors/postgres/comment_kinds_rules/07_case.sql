COMMENT ON SEQUENCE app.missing IS 'x';
