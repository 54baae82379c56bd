DROP TRIGGER t_all ON app.u;
