CREATE TABLE bad_4 (c numeric(-5));
