ALTER TYPE nope.mood ADD VALUE 'x';
