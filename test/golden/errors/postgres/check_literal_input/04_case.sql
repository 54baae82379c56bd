CREATE TABLE k4 (u uuid CHECK (u <> 'nope'));
