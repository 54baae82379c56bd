CREATE TABLE f4 (a timestamp(3) with foo);
