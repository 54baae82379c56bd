CREATE TABLE c6 (x text REFERENCES p (name));
