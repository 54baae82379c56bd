ALTER TRIGGER plain ON app.t RENAME TO plain2;
