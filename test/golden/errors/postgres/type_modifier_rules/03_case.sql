CREATE TABLE e22 (a numeric(0));
