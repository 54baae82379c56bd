-- Unquoted identifiers fold to lower case; quoted ones keep their case.
CREATE TABLE Products (
    ProductID integer PRIMARY KEY,
    SKU varchar(32) NOT NULL UNIQUE,
    "DisplayName" text
);

CREATE TABLE "Products" (
    "ProductID" integer PRIMARY KEY,
    "SKU" text UNIQUE
);

CREATE INDEX ON PRODUCTS ("DisplayName");
CREATE INDEX Products_Sku_Lookup ON products (sku);
CREATE INDEX "Products_SKU" ON "Products" ("SKU");
