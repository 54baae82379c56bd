CREATE TABLE bad_12 (c numeric(5,-3), d float(-2));
