-- Composite primary, unique and foreign keys.
CREATE TABLE tenants (
    id integer PRIMARY KEY
);

CREATE TABLE projects (
    tenant_id integer NOT NULL REFERENCES tenants,
    project_no integer NOT NULL,
    code text NOT NULL,
    PRIMARY KEY (tenant_id, project_no),
    UNIQUE (tenant_id, code)
);

CREATE TABLE tasks (
    tenant_id integer NOT NULL,
    project_no integer NOT NULL,
    task_no integer NOT NULL,
    title text,
    CONSTRAINT tasks_pk PRIMARY KEY (tenant_id, project_no, task_no),
    FOREIGN KEY (tenant_id, project_no) REFERENCES projects (tenant_id, project_no) ON DELETE CASCADE
);

CREATE TABLE task_links (
    tenant_id integer,
    project_no integer,
    FOREIGN KEY (tenant_id, project_no) REFERENCES projects
);
