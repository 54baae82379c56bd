-- Quoted names with the closing quote doubled inside: backticks and double
-- quotes, for tables, columns and an index.
CREATE TABLE `a``b` (`x``y` integer, "p""q" text);
CREATE TABLE "c""d" ("r""s" integer PRIMARY KEY);
CREATE INDEX "i""j" ON `a``b` (`x``y`, "p""q");
