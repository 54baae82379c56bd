ALTER TYPE mood ADD VALUE 'meh' BEFORE 'nope';
