-- Foreign keys added by ALTER TABLE with every ON DELETE / ON UPDATE action,
-- SET NULL / SET DEFAULT with defaults, then dropped and re-added.
CREATE TABLE categories (id int PRIMARY KEY, parent_id int);
CREATE TABLE articles (
    id int PRIMARY KEY,
    cat_a int DEFAULT 1,
    cat_b int,
    cat_c int,
    cat_d int,
    cat_e int
);
ALTER TABLE articles
    ADD FOREIGN KEY (cat_a) REFERENCES categories ON DELETE SET DEFAULT ON UPDATE CASCADE,
    ADD FOREIGN KEY (cat_b) REFERENCES categories ON DELETE SET NULL ON UPDATE SET NULL,
    ADD FOREIGN KEY (cat_c) REFERENCES categories ON DELETE RESTRICT ON UPDATE RESTRICT,
    ADD FOREIGN KEY (cat_d) REFERENCES categories ON DELETE NO ACTION ON UPDATE SET DEFAULT,
    ADD CONSTRAINT articles_e_fk FOREIGN KEY (cat_e) REFERENCES categories (id) ON DELETE CASCADE NOT VALID;
ALTER TABLE categories ADD FOREIGN KEY (parent_id) REFERENCES categories (id) ON DELETE CASCADE;
ALTER TABLE articles DROP CONSTRAINT articles_cat_c_fkey;
ALTER TABLE articles ADD FOREIGN KEY (cat_c) REFERENCES categories;
ALTER TABLE articles VALIDATE CONSTRAINT articles_e_fk;
