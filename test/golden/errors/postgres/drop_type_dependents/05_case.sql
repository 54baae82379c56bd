DROP DOMAIN happy, nosuch_domain;
