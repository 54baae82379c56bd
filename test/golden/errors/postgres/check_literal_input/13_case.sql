ALTER TABLE target ADD CHECK (f OR u = 'not-a-uuid');
