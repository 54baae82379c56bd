CREATE TYPE nosub AS RANGE (subtype_diff = float8mi);
