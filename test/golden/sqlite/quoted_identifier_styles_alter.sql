-- Quoted identifiers of every style in ALTER TABLE: RENAME TO / COLUMN
-- with "x", [x] and `x`, keywords as names, and ADD COLUMN of quoted names.
CREATE TABLE [order] ("select" TEXT, [from] INTEGER, `where` REAL);
ALTER TABLE `order` RENAME COLUMN [select] TO "group";
ALTER TABLE "order" RENAME [from] TO `to`;
ALTER TABLE [order] ADD COLUMN "values" TEXT DEFAULT 'v';
ALTER TABLE [order] ADD `key` INTEGER;
CREATE INDEX "order idx" ON [order] ("group", `to`);
ALTER TABLE `order` RENAME TO "Orders ""Quoted""";
