CREATE TABLE e11 (a serial[]);
