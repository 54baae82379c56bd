CREATE TABLE k16 (a int, CONSTRAINT c CHECK (a <> 'abc'));
