ATTACH DATABASE ':memory:' AS aux;
