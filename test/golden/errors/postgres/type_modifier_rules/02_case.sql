CREATE TABLE e7 (a numeric(1001));
