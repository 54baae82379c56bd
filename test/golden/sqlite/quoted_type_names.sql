-- SQLite's declared types: a quoted, bracketed or backquoted type name that
-- is the whole type is unquoted (a doubled quote inside is one quote);
-- "x" "y" declares type x; int "unsigned" keeps its quotes. Views name
-- their columns by alias (with and without AS) and by column.
CREATE TABLE q (
    a "my""type",
    b [bracket type],
    d `back``tick`,
    e "plain",
    f "x" "y",
    g int "unsigned"
);
CREATE VIEW qv AS SELECT a, b AS bee, q.a AS qa, d dee FROM q;
CREATE VIEW qv2 AS SELECT DISTINCT e, f FROM q LIMIT 1;
