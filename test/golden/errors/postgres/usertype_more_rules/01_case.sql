DROP TYPE nope;
