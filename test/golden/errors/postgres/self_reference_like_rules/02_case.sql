CREATE TABLE s2 (a int, b int, UNIQUE (a, b), p int REFERENCES s2 (a));
