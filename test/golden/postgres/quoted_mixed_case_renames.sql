-- Quoted mixed-case table, column and constraint names through renames
-- and a schema move; implicit names keep the case.
CREATE SCHEMA "Sales";
CREATE TABLE "Customer" ("CustomerID" serial PRIMARY KEY, "Email" text UNIQUE, "Name" text);
CREATE TABLE "Order" ("OrderID" int PRIMARY KEY, "CustomerID" int REFERENCES "Customer");
ALTER TABLE "Customer" RENAME COLUMN "Email" TO "EmailAddress";
ALTER TABLE "Customer" RENAME TO "Customers";
ALTER TABLE "Order" RENAME CONSTRAINT "Order_CustomerID_fkey" TO "FK_Order_Customer";
ALTER TABLE "Order" SET SCHEMA "Sales";
CREATE INDEX ON "Customers" ("Name" DESC);
