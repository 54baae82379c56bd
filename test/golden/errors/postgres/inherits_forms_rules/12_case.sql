ALTER TABLE kid ADD CONSTRAINT kid_x_check CHECK (x > 0);
