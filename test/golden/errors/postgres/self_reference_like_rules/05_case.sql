CREATE TABLE stamps (at timestamptz DEFAULT ' now');
