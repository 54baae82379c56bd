-- expect: ERROR:  invalid byte sequence for encoding "UTF8": 0x00 -- an escape string that makes a zero byte or bytes that are not UTF-8: we fail closed
CREATE TABLE z (a text DEFAULT E'a\000b');
