-- Both table and column names are long: the longer of the two is chopped one
-- byte at a time until everything fits into 63 bytes.
CREATE TABLE this_is_a_very_long_table_name_that_goes_on_and_on_for_ever_x (
    a_really_quite_long_column_name_that_also_goes_on_for_a_while integer PRIMARY KEY,
    another_column_name_of_considerable_length_for_testing_purpose integer UNIQUE,
    x integer UNIQUE CHECK (x > 0)
);

CREATE TABLE short (
    the_column_name_is_very_long_sixty_characters_long_abcdefghij serial,
    another_column_name_of_considerable_length_for_testing_purpose integer UNIQUE
        REFERENCES this_is_a_very_long_table_name_that_goes_on_and_on_for_ever_x (x)
);
