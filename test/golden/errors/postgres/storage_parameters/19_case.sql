CREATE TABLE c6 (a int) WITH (oids = 2);
