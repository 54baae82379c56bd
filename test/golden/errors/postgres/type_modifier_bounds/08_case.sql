CREATE TABLE bad_8 (c bit varying(83886081));
