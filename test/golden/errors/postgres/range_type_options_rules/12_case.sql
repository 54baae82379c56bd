CREATE TYPE r13 AS RANGE (subtype = app.nosuch);
