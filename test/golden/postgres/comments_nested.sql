-- Line comments, block comments, and PostgreSQL's nested block comments.
/* header block
   /* nested level 2 /* level 3 */ back in 2 */
   still in the outer comment; CREATE TABLE fake (x int);
*/
CREATE TABLE /* inline */ widgets ( -- trailing comment after paren
    id integer /* between tokens */ PRIMARY KEY,
    -- a whole line comment with a ; semicolon and a 'quote
    name text NOT NULL, /* a comment with -- dashes inside */
    size integer DEFAULT 1 -- default one
        CHECK (size > 0) /* nested /* inside */ check */
);
-- CREATE TABLE commented_out (x int);
CREATE INDEX ON widgets (name); -- index on name
/* trailing comment at end of file */
