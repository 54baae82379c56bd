ALTER TYPE mood RENAME VALUE 'nope' TO 'x';
