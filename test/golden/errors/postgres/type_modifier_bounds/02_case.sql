CREATE TABLE bad_2 (c numeric(5,-1001));
