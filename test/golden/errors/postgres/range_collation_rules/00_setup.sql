-- expect: success for line 2; 01-03 are each rejected by PostgreSQL 15 (a collation for a subtype without one; messages in expected.err, checked with psql); 04 fails closed (a domain subtype); 05-06 succeed (text and char have collations)
CREATE DOMAIN label AS text;
