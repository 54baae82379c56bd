CREATE TABLE bad_1 (c numeric(5,1001));
