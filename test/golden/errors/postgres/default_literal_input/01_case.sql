CREATE TABLE x (a int DEFAULT 'abc');
