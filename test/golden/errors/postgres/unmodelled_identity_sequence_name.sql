-- expect: success (the identity sequence is named my_seq, not t_id_seq); naming it is not modelled, so the statement fails closed
CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME my_seq START 5));
