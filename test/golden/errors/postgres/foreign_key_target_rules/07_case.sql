CREATE TABLE c7 (x int, y int, FOREIGN KEY (x, y) REFERENCES p (id));
