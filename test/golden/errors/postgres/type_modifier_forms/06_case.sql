CREATE TABLE m06 (c uuid(3));
