CREATE TABLE m05 (c text(3));
