CREATE TABLE m14 (c timestamptz(1,2));
