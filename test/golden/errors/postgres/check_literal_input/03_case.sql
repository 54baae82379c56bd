CREATE TABLE k3 (b boolean CHECK (b = 'maybe'));
