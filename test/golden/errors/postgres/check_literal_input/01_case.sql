CREATE TABLE k1 (a int CHECK (a > 'x'));
