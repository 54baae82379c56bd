CREATE TABLE c4 (a int) WITH (oids);
