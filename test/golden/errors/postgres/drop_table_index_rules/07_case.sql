DROP TABLE base, kid;
