-- expect: ERROR:  column "email" specified more than once (unquoted Email folds to email)
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text,
    Email varchar(100)
);
