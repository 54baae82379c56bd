ALTER TYPE app.mood ADD VALUE 'b';
