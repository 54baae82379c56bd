DROP TYPE comp;
