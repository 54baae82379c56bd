CREATE TABLE x (a boolean DEFAULT 'o');
