-- New entries are numbered after the existing ones.
SELECT setval('audit_entry_id_seq', (SELECT COALESCE(MAX(id), 0) + 1 FROM audit_entry), false);

-- The refusal names the table it guards, now that it guards two.
CREATE OR REPLACE FUNCTION audit_entry_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

-- The chain's links are append-only like the entries: only the chainer writes them, once.
CREATE TRIGGER audit_link_no_update_delete
    BEFORE UPDATE OR DELETE ON audit_link
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();

CREATE TRIGGER audit_link_no_truncate
    BEFORE TRUNCATE ON audit_link
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();
