-- expect: ERROR:  mood is not a domain -- ALTER DOMAIN names the type as format_type does (unquoted here), DROP DOMAIN quotes it
CREATE TYPE mood AS ENUM ('a');
ALTER DOMAIN mood SET NOT NULL;
