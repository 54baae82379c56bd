-- Odd whitespace: tabs, blank lines, CRLF-free multi-line definitions; stored
-- text keeps everything between the table name and the closing parenthesis.
create	table   spaced_out
(
	id   integer   primary   key ,

	name
	    text
	    not null ,
	qty integer default
	    0
)   ;

CREATE TABLE
    on_next_line (a, b);

create table lowercase_kw (x int, y text);
