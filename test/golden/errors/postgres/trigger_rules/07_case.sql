DROP TRIGGER t_all ON nosuch;
