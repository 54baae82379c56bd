COMMENT ON TABLE app.t IS 'x' 'y';
