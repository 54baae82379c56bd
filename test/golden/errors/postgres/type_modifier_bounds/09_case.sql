CREATE TABLE bad_9 (c varchar(-3));
