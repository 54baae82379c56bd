-- expect: ERROR:  unterminated /* comment at or near "/* outer comment ..." -- at line 3, col 1 (comments nest: the inner */ closes only the inner /*)
CREATE TABLE a (id integer);
/* outer comment
   /* nested comment closed */
   but the outer one never is
CREATE TABLE b (id integer);
