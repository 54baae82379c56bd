-- Declared types are kept as written; affinity follows the type name rules.
CREATE TABLE t (
    a INTEGER, b INT, c TINYINT, d "VARYING CHARACTER"(255), e NCHAR(55), f CLOB,
    g BLOB, h REAL, i DOUBLE PRECISION, j FLOAT, k NUMERIC, l DECIMAL(10,5),
    m BOOLEAN, n DATE, o DATETIME, p, q "weird type", r UNSIGNED BIG INT, s CHARINT
);
CREATE TABLE q (a [x], b [x]y, c [x] (3), e `q`(2), f `a``b` z, g "q" z, h [x y] z, i "INTEGER");
