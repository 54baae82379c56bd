CREATE TABLE rt18 (a base(1));
