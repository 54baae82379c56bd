-- ALTER INDEX ... RENAME on indexes backing primary key and unique
-- constraints renames the constraints too; IF EXISTS on a missing index.
CREATE TABLE products (id int PRIMARY KEY, sku text UNIQUE, ean text, CONSTRAINT products_ean_uq UNIQUE (ean));
ALTER INDEX products_pkey RENAME TO products_id_pk;
ALTER INDEX products_sku_key RENAME TO products_sku_uq;
ALTER INDEX IF EXISTS no_such_index RENAME TO whatever;
ALTER TABLE products RENAME CONSTRAINT products_ean_uq TO products_ean_key;
CREATE TABLE product_refs (product_id int REFERENCES products, sku text REFERENCES products (sku));
