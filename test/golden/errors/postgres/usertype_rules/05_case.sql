CREATE TYPE badattr AS (a nosuchtype);
