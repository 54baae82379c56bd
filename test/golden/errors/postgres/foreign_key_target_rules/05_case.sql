CREATE TABLE c5 (x int REFERENCES p (code));
