CREATE TABLE e15 (a bpchar(0));
