CREATE TABLE k2 (a int CHECK (a IN ('1', '2', 'x')));
