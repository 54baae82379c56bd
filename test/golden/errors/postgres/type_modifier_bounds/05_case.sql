CREATE TABLE bad_5 (c varchar(10485761));
