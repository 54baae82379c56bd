DROP TYPE mr, wrap;
