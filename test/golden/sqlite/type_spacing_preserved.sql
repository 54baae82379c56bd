-- Whitespace inside a declared type is kept exactly (no normalisation).
CREATE TABLE spacing (
    a VARCHAR ( 255 ),
    b   character   varying (20)  ,
    c DECIMAL(10, 2),
    d NUMERIC( 5 ,0 ),
    e	INTEGER,
    f unsigned
        big int
);
