CREATE TABLE k7 (x int) INHERITS (pa pc);
