CREATE TABLE m12 (c bpchar(1,2));
