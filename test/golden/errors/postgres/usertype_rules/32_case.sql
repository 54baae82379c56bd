CREATE TYPE shortv AS (a varchar(0));
