-- Array types, including the _int4 internal spelling and ignored dimensions.
CREATE TABLE posts (
    id integer PRIMARY KEY,
    tags text[] NOT NULL DEFAULT '{}',
    scores integer[],
    matrix integer[][],
    fixed int[3],
    legacy _int4,
    names varchar(40)[],
    prices numeric(10,2)[],
    aliases text ARRAY,
    empty_tags text[] DEFAULT ARRAY[]::text[],
    seeds int[] DEFAULT '{1,2,3}'
);
