COMMENT app.t IS 'x';
