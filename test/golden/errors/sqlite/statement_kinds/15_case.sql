SELECT changes(), last_insert_rowid(), typeof(1), quote('a');
