DROP TYPE IF EXISTS nosuch, mood;
