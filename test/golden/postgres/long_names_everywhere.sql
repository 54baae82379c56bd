-- 63-byte truncation of long table, column, constraint and index names.
CREATE TABLE this_is_a_really_long_table_name_that_goes_on_and_on_past_the_limit (
    this_is_an_equally_long_column_name_that_also_goes_past_the_limit int PRIMARY KEY,
    another_extremely_long_column_name_for_a_unique_constraint_test text UNIQUE,
    short int CHECK (short > 0)
);
CREATE INDEX ON this_is_a_really_long_table_name_that_goes_on_and_on_past_the_limit (short, another_extremely_long_column_name_for_a_unique_constraint_test);
