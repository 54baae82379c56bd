-- Escape strings (E'...') decoded as PostgreSQL does: \x hex bytes (one or
-- two digits), octal bytes, \u and \U code points, other letters as
-- themselves; in defaults and in a comment.
CREATE TABLE d (a text DEFAULT E'\x41\101\u0041\n', b text DEFAULT E'\x4g', c text DEFAULT E'a\qb\\c', e text DEFAULT E'\U0001F600');
COMMENT ON TABLE d IS E'x\171y';
