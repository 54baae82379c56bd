DROP SEQUENCE idt_id_seq;
