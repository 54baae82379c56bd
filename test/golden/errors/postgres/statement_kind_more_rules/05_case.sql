ALTER TYPE app.mood OWNER TO postgres;
