CREATE VIEW no_query;
