-- COMMENT ON TABLE/COLUMN set, replaced and removed (NULL), quoted names.
CREATE TABLE "Orders" (id int, "Total" numeric);
COMMENT ON TABLE "Orders" IS 'customer orders';
COMMENT ON COLUMN "Orders"."Total" IS 'in cents';
COMMENT ON COLUMN "Orders".id IS E'line1\nline2 ''quoted''';
COMMENT ON TABLE "Orders" IS 'replaced';
COMMENT ON COLUMN "Orders"."Total" IS NULL;
