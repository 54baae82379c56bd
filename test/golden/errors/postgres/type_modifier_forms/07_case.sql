CREATE TABLE m07 (c bool(1));
