CREATE TABLE d5 (a bigint DEFAULT nextval('"APP".s'));
