ALTER TRIGGER plain ON app.t RENAME TO "Other Name";
