COMMENT ON VIEW app.mv IS 'x';
