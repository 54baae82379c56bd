CREATE TABLE f1 (a interval day to second(3));
