-- E'' escape strings, standard strings with doubled quotes and $$ strings as defaults.
CREATE TABLE templates (
    id integer PRIMARY KEY,
    greeting text DEFAULT E'Hello,\nWorld',
    path text DEFAULT E'C:\\temp\\',
    quoted text DEFAULT 'It''s here',
    tab_sep text DEFAULT E'a\tb',
    escaped_quote text DEFAULT E'don\'t',
    body text DEFAULT $$It's a $$,
    tagged text DEFAULT $tpl$<p>$$ inside $$</p>$tpl$,
    backslash text DEFAULT 'no\escape',
    unicode_esc text DEFAULT U&'d\0061t\+000061',
    empty text DEFAULT ''
);
INSERT INTO templates (id, body) VALUES (1, $$semi;colon 'quoted' $$);
