DROP TYPE uuidrange;
