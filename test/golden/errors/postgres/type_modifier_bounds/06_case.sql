CREATE TABLE bad_6 (c character(10485761));
