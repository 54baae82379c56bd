CREATE TABLE rt15 (a timestamptz(9), b time(7), c interval(8));
