SET search_path = app, public;
DROP TABLE app.t;
