-- Foreign keys need a unique key on the referenced columns; dropping the key
-- with CASCADE takes the foreign keys.
CREATE TABLE k (a int, b int, CONSTRAINT k_ab UNIQUE (a, b));
CREATE TABLE r (x int, y int, FOREIGN KEY (y, x) REFERENCES k (b, a));
ALTER TABLE k DROP CONSTRAINT k_ab CASCADE;
ALTER TABLE k ADD PRIMARY KEY (a);
ALTER TABLE r ADD FOREIGN KEY (x) REFERENCES k ON DELETE SET DEFAULT ON UPDATE RESTRICT;
