-- An integer constant is kept as its value: no leading zeros, and -0 is 0 (found by fuzz_roundtrip)
CREATE TABLE nz (a smallint default -0, b smallint default -5, c integer default -0, d bigint default -0, e integer default -5, f numeric default -0, g real default -0, h smallint default -(0), i integer default - 0);
CREATE TABLE z7 (a int default 007, b bigint default -0007, c int default -2147483648, d bigint default -9223372036854775808, e int default 9223372036854775808);
