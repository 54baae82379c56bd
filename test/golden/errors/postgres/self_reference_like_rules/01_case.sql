CREATE TABLE s1 (id int UNIQUE, parent int REFERENCES s1);
