-- schemadrift:ignore seeds reference data through a function
SELECT seed_reference_data();
CREATE TABLE t (id int);
