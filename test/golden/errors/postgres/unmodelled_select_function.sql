-- expect: success (the SELECT calls the function, which creates table audit_2024 with an implicit sequence); schema changes made by functions are not modelled
CREATE FUNCTION make_audit_table(name text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE TABLE %I (id bigserial PRIMARY KEY, at timestamptz DEFAULT now())', name);
END;
$$;
SELECT make_audit_table('audit_2024');
