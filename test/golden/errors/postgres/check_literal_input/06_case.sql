CREATE TABLE k6 (a int CHECK (a + 1 > '1.5'));
