DROP TYPE IF EXISTS nope, mood_nope;
