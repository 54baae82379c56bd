DROP TYPE mood, happy;
