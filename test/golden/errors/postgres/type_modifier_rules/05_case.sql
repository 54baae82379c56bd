CREATE TABLE e10 (a float(54));
