DROP TYPE color, pair CASCADE;
