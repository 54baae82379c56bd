CREATE TABLE k23 (a int CHECK (a <> ''));
