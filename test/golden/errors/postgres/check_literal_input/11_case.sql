ALTER TABLE target ADD CHECK (a = 'z');
