CREATE TABLE rt16 (a numeric(a));
