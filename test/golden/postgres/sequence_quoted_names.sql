-- Sequences whose names need quoting (a doubled quote, an apostrophe, a dot)
-- named by regclass constants in column defaults: renames and SET SCHEMA
-- rewrite the constants the way PostgreSQL 15 prints them.
CREATE SCHEMA "my.s";
CREATE SEQUENCE "we""ird.seq";
CREATE SEQUENCE "it's";
CREATE SEQUENCE "my.s"."x.y";
CREATE TABLE q (
    a bigint DEFAULT nextval('"we""ird.seq"'),
    b bigint DEFAULT nextval('"it''s"'),
    c bigint DEFAULT nextval('"my.s"."x.y"')
);
ALTER SEQUENCE "we""ird.seq" RENAME TO "still""odd";
ALTER SEQUENCE "it's" RENAME TO "its";
ALTER SEQUENCE "my.s"."x.y" SET SCHEMA public;
ALTER SEQUENCE "x.y" RENAME TO "x.z";
