CREATE TABLE e9 (a float(0));
