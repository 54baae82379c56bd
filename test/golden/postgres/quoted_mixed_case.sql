-- Quoted mixed-case names everywhere: implicit names keep the case.
CREATE TABLE "UserAccount" ("Id" serial PRIMARY KEY, "Email" text UNIQUE, "orgId" int);
CREATE TABLE "Org" ("Id" int PRIMARY KEY);
ALTER TABLE "UserAccount" ADD FOREIGN KEY ("orgId") REFERENCES "Org" ("Id");
CREATE INDEX ON "UserAccount" ("Email", "orgId");
ALTER TABLE "UserAccount" ADD CHECK ("Email" <> '');
