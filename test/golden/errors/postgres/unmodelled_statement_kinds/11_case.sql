CREATE COLLATION app.coll (locale = 'C');
