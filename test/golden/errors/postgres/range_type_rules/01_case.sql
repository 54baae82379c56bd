DROP TYPE uuidmultirange;
