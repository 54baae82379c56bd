CREATE TABLE bad_11 (c timestamp(-1));
