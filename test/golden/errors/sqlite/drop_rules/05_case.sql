DROP TABLE main.nosuch;
