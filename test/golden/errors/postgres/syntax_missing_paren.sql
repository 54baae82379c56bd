-- expect: ERROR:  syntax error at or near "NOT" -- at line 4, col 25 (psql: "LINE 3:     amount numeric(10,2 NOT NULL,")
CREATE TABLE invoices (
    id integer PRIMARY KEY,
    amount numeric(10,2 NOT NULL,
    issued_on date
);
