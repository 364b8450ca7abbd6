-- A kept draw is the evidence of why each call was picked: an auditor reproduces it from its seed. So
-- nobody, the application included, may change or remove it afterwards. The one thing set later is the
-- evaluation made of a pick (when a lead assigns a pick no evaluator had in scope), and only once.
CREATE FUNCTION sampling_draw_kept() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'sampling_pick' THEN
        IF OLD.evaluation_id IS NULL
                AND (NEW.id, NEW.run_id, NEW.position, NEW.call_id, NEW.agent_user_id, NEW.stratum, NEW.reason,
                     NEW.explanation, NEW.call_rank, NEW.evaluator_user_id)
                    IS NOT DISTINCT FROM
                    (OLD.id, OLD.run_id, OLD.position, OLD.call_id, OLD.agent_user_id, OLD.stratum, OLD.reason,
                     OLD.explanation, OLD.call_rank, OLD.evaluator_user_id) THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION '% is a kept draw: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER sampling_run_kept BEFORE UPDATE OR DELETE ON sampling_run
    FOR EACH ROW EXECUTE FUNCTION sampling_draw_kept();
CREATE TRIGGER sampling_pick_kept BEFORE UPDATE OR DELETE ON sampling_pick
    FOR EACH ROW EXECUTE FUNCTION sampling_draw_kept();
CREATE TRIGGER sampling_shortfall_kept BEFORE UPDATE OR DELETE ON sampling_shortfall
    FOR EACH ROW EXECUTE FUNCTION sampling_draw_kept();
CREATE TRIGGER sampling_draw_not_truncated BEFORE TRUNCATE ON sampling_run
    FOR EACH STATEMENT EXECUTE FUNCTION sampling_draw_kept();
CREATE TRIGGER sampling_pick_not_truncated BEFORE TRUNCATE ON sampling_pick
    FOR EACH STATEMENT EXECUTE FUNCTION sampling_draw_kept();
CREATE TRIGGER sampling_shortfall_not_truncated BEFORE TRUNCATE ON sampling_shortfall
    FOR EACH STATEMENT EXECUTE FUNCTION sampling_draw_kept();
