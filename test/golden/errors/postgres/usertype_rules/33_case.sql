CREATE DOMAIN d_short AS varchar(0);
