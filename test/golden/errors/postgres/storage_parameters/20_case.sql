CREATE TABLE c9 (a int) WITH (toast.fillfactor = 50);
