CREATE TABLE mood (x int);
