DROP INDEX main.nope;
