DROP TYPE lonely;
