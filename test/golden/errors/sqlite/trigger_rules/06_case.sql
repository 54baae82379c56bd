DROP TRIGGER main.nosuch;
