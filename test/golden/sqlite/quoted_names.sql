-- The three quoting styles: "double", `backtick` and [bracket]; names are
-- stored without quotes, the original text stays in sqlite_schema.sql.
CREATE TABLE "Order Items" (
    "Item ID" INTEGER PRIMARY KEY,
    `order` TEXT NOT NULL,
    [group] TEXT,
    "say ""hi""" TEXT,
    `back``tick` TEXT,
    [select] INTEGER UNIQUE
);

CREATE TABLE [Order History] (
    `id` INTEGER PRIMARY KEY,
    [item id] INTEGER REFERENCES "Order Items" ("Item ID")
);

CREATE INDEX "idx order" ON `Order Items` ([order]);
CREATE UNIQUE INDEX [idx group] ON "Order Items" ("group", `order` DESC);
