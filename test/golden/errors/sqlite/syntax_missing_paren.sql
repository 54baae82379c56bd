-- expect: Parse error near line 2: near "NOT": syntax error -- token at line 4, col 25 (the shell reports the line where the statement starts)
CREATE TABLE invoices (
    id INTEGER PRIMARY KEY,
    amount DECIMAL(10,2 NOT NULL,
    issued_on DATE
);
