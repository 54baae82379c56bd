CREATE TABLE m25 (c interval(1,2));
