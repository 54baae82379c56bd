CREATE TABLE e26 (a smallserial[]);
