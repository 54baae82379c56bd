CREATE TABLE f2 (a interval second(7));
