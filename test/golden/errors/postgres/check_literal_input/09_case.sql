CREATE TABLE k20 (a int CHECK (a > '1e3'));
