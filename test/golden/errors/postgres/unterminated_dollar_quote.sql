-- expect: ERROR:  unterminated dollar-quoted string at or near "$body$ ..." -- at line 3, col 61 (the body is closed with $bdy$, not $body$)
CREATE TABLE snippets (id integer PRIMARY KEY);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$bdy$;
