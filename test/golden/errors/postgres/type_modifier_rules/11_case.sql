CREATE TABLE f3 (a nosuch.int4);
