-- expect: success for the setup; cases: ATTACH PARTITION of tables whose constraints do not match the parent's (messages match psql 15; 03, a CHECK of another definition, fails closed).
CREATE TABLE p (a int, v text, b int, CONSTRAINT b_pos CHECK (b > 0)) PARTITION BY RANGE (a);
CREATE TABLE c2 (a int, v text, b int, CONSTRAINT b_pos CHECK (b > 1));
CREATE TABLE c3 (a int, v text, b int, CONSTRAINT b_pos UNIQUE (b));
CREATE TABLE c4 (a int, v text, b int);
