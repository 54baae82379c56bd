CREATE TYPE myrange AS RANGE (subtype = int4, multirange_type_name = uuidrange);
