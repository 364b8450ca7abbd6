-- New entries are numbered after the existing ones.
ALTER SEQUENCE audit_entry_id_seq RESTART WITH (SELECT COALESCE(MAX(id), 0) + 1 FROM audit_entry);
