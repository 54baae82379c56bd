CREATE DOMAIN d_bad AS nosuchtype;
