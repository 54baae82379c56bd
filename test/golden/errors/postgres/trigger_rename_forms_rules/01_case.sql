ALTER TRIGGER "Mixed Case" ON app.t RENAME TO "Other Name";
