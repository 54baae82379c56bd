CREATE TABLE bad_3 (c numeric(5, - 1001));
