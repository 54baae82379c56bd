ALTER TABLE accounts ADD COLUMN closed_at DATETIME;
ALTER TABLE invoices ADD note TEXT DEFAULT ('none');
