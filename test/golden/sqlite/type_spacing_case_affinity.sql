-- Declared types with unusual spacing, case and parameters are stored as
-- written; affinity words inside longer names; types on ADD COLUMN.
CREATE TABLE t (
    a   integer   ,
    b VarChar(  10  ),
    c "CHARINT",
    d FLOATING POINT,
    e BIGINT UNSIGNED,
    f TINYINT(1),
    g CLOB,
    h DATE  ,
    i [weird type],
    j NUMERIC(10,  2)
);
ALTER TABLE t ADD COLUMN k  double ;
ALTER TABLE t ADD COLUMN l Blob NOT NULL DEFAULT x'00';
