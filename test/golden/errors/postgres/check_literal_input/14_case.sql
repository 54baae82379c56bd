CREATE TABLE k18 (a numeric CHECK (a > 'x'));
