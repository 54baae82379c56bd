CREATE TABLE m10 (c bit(1,2));
