DROP FUNCTION f1(int), nope();
