-- ALTER TYPE ... RENAME VALUE rewrites column defaults that are enum
-- constants and array constants of the type; other labels, other types and
-- arrays without the label stay as they are.
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE other AS ENUM ('ok', 'meh');
CREATE TABLE t (
    a app.mood DEFAULT 'ok',
    b app.mood[] DEFAULT '{sad,ok,happy}',
    c app.mood DEFAULT 'happy',
    d app.mood[] DEFAULT '{happy}',
    e other DEFAULT 'ok',
    f app.mood[] DEFAULT '{}'
);
ALTER TYPE app.mood RENAME VALUE 'ok' TO 'fine';
ALTER TYPE app.mood RENAME VALUE 'happy' TO 'glad_2';
