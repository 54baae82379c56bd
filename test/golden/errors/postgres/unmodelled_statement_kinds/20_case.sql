ALTER TYPE app.mood SET SCHEMA public;
