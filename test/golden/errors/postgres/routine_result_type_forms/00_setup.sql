-- expect: success for the setup; cases: function result types PostgreSQL 15 accepts: TABLE columns with type modifiers and arrays, a quoted type name, user types in TABLE and SETOF; each is applied.
CREATE TYPE mood AS ENUM ('ok');
