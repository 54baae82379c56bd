-- Adding a PRIMARY KEY later marks its columns NOT NULL; adding a UNIQUE does not.
CREATE TABLE imports (
    batch_id integer,
    line_no integer,
    source text,
    checksum text
);

INSERT INTO imports VALUES (1, 1, 'a.csv', 'abc');

ALTER TABLE imports ADD PRIMARY KEY (batch_id, line_no);
ALTER TABLE imports ADD UNIQUE (checksum);
ALTER TABLE imports ADD COLUMN imported_at timestamptz NOT NULL DEFAULT now();
