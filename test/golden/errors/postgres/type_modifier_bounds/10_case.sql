CREATE TABLE bad_10 (c float(1,2));
