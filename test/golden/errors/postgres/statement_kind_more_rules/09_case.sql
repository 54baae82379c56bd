ALTER TABLE IF EXISTS ONLY app.nothere OWNER TO postgres;
