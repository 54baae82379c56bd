ALTER DOMAIN dom OWNER TO postgres;
