DROP TRIGGER nosuch ON t;
