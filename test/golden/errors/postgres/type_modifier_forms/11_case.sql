CREATE TABLE m11 (c varbit(1,2));
