-- A trigger whose body the input never closes: SQLite reports incomplete
-- input; the statement fails closed.
CREATE TABLE a (x INTEGER);
CREATE TABLE b (y INTEGER);
CREATE TRIGGER a_ai AFTER INSERT ON a BEGIN
    INSERT INTO b VALUES (NEW.x);
