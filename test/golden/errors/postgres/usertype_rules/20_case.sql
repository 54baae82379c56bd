DROP TYPE fr_multirange;
