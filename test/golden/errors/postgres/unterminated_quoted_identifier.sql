-- expect: ERROR:  unterminated quoted identifier at or near ""Order Items ( ..." -- at line 2, col 14 (the opening quote)
CREATE TABLE "Order Items (
    id integer PRIMARY KEY
);
