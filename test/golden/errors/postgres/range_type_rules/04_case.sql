CREATE TYPE uuidmultirange AS ENUM ('x');
