-- Partial-index predicates comparing real, numeric and double precision columns with constants: the engine's operator choice shows as casts on the constants (real meets them through the float48 operators), negative constants included.
CREATE TABLE d (id int, score real, price numeric, r float8, big bigint, sm smallint);
CREATE INDEX i1 ON d (id) WHERE score > 0.5;
CREATE INDEX i2 ON d (id) WHERE score > 1;
CREATE INDEX i3 ON d (id) WHERE price > -1;
CREATE INDEX i4 ON d (id) WHERE r > -1;
CREATE INDEX i5 ON d (id) WHERE r > -0.5;
CREATE INDEX i6 ON d (id) WHERE r > 1 AND price > 0.5 AND big > 5 AND sm > -1;
CREATE INDEX i7 ON d (id) WHERE score < r;
CREATE INDEX i8 ON d (id) WHERE score >= id;
