-- CHECK constants and defaults PostgreSQL 15 takes as the type each one meets (text, a cast, length()'s integer, spaced and signed integers, a boolean prefix, an array literal, numeric and float spellings).
CREATE TABLE ok1 (t text CHECK (t > 'x'), a int CHECK (a::text > 'x'), b bigint CHECK (b > ' 12 '), c int CHECK (c > '+5'));
CREATE TABLE ok2 (t text CHECK (length(t) > '3'), f boolean CHECK (f <> 'ye'), a int CHECK (a = ANY ('{1,2}')));
CREATE TABLE target (a int, s smallint, f boolean, u uuid);
CREATE TABLE okn (a numeric DEFAULT '1.5' CHECK (a > '-inf' AND a <> ' NaN '), b real DEFAULT '1500' CHECK (b > '-NaN' AND b <> '1.5e3'), c double precision DEFAULT '-0.5' CHECK (c < 'Infinity' AND c <> ' -.5 '));
