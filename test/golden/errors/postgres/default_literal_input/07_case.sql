CREATE TABLE x (a uuid DEFAULT 'a0eebc99--9c0b4ef8bb6d6bb9bd380a11');
