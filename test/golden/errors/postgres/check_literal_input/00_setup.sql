-- expect: success for the setup (PostgreSQL 15 takes each constant as the type it meets: text, a cast, length()'s integer, spaced and signed integers, a boolean prefix, an array literal); every case is refused by psql 15 with the message shown: a CHECK constant its operand's type does not take (integer, smallint, boolean, uuid), as the engine reads it when the constraint is made
CREATE TABLE ok1 (t text CHECK (t > 'x'), a int CHECK (a::text > 'x'), b bigint CHECK (b > ' 12 '), c int CHECK (c > '+5'));
CREATE TABLE ok2 (t text CHECK (length(t) > '3'), f boolean CHECK (f <> 'ye'), a int CHECK (a = ANY ('{1,2}')));
CREATE TABLE target (a int, s smallint, f boolean, u uuid);
