CREATE TABLE k24 (a real CHECK (a > 'abc'));
