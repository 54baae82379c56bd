-- Type spellings as format_type prints them.
CREATE TABLE ty (
    a int4, b int8, c int2, d float4, e float8, f decimal(8,3), g numeric,
    h character varying(12), i character(3), j char, k varchar, l bpchar,
    m timestamp(3) without time zone, n timestamp with time zone, o time(2), p timetz,
    q interval year to month, r interval(3), s bit(4), t bit varying(8), u bytea,
    v inet, w cidr, x macaddr, y money, z tsvector, aa xml, ab json, ac oid, ad "char", ae name
);
