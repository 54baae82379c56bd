CREATE TABLE m24 (c timestamp(1,2));
