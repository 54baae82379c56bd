create table T (ID serial primary key, "Name" character varying(20), ok boolean default true, at timestamp with time zone default current_timestamp);
