-- NULL / NOT NULL markers; PRIMARY KEY implies NOT NULL; serial is NOT NULL.
CREATE TABLE contacts (
    id serial,
    first_name text NOT NULL,
    middle_name text NULL,
    last_name text NOT NULL,
    phone text NULL DEFAULT NULL,
    email text UNIQUE,
    PRIMARY KEY (id)
);

CREATE TABLE contact_tags (
    contact_id integer REFERENCES contacts,
    tag text,
    PRIMARY KEY (contact_id, tag)
);
