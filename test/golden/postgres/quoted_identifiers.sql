-- Quoted identifiers: mixed case, spaces, reserved words, embedded quotes.
CREATE TABLE "Order Items" (
    "Order ID" integer NOT NULL,
    "select" text,
    "user" text,
    "say ""hi""" text,
    "CamelCase" integer UNIQUE,
    PRIMARY KEY ("Order ID", "select")
);

CREATE INDEX "Idx With Spaces" ON "Order Items" ("user");
CREATE INDEX ON "Order Items" ("say ""hi""");
CREATE INDEX ON "Order Items" (lower("user"));
