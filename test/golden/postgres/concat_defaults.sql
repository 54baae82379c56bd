-- || between an unknown literal and a non-text operand resolves to anytextcat/textanycat: the literal is text, in generated expressions and defaults.
CREATE TABLE t (
    id bigint,
    name varchar(20),
    tags text[],
    c text GENERATED ALWAYS AS ('INV-' || id) STORED,
    d text DEFAULT 'x' || 1,
    e text DEFAULT 1 || 'y',
    f text GENERATED ALWAYS AS (name || '-' || id) STORED
);
