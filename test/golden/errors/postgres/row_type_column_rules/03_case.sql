CREATE TABLE rt3 (s sq);
