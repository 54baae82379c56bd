CREATE TABLE f5 (a pt);
