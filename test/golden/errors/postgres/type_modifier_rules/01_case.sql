CREATE TABLE e5 (a bit(0));
