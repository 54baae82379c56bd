CREATE TABLE m21 (c boolean(1));
