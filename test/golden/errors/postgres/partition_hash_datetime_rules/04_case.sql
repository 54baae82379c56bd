CREATE TABLE h3 PARTITION OF h FOR VALUES WITH (modulus 4, remainder 2, remainder 2);
