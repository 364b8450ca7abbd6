-- At most one draft per scorecard, whoever writes: a partial unique index (a UNIQUE column would admit
-- one row per status, and any number of NULLs).
CREATE UNIQUE INDEX scorecard_version_one_draft ON scorecard_version (scorecard_id) WHERE status = 'DRAFT';

-- A version that is no longer a draft keeps its form, its number and its scorecard: evaluations made
-- with it render it as it was. Its status may still move on (published to retired).
CREATE FUNCTION scorecard_version_keep_form() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status <> 'DRAFT' AND (NEW.definition IS DISTINCT FROM OLD.definition
            OR NEW.number IS DISTINCT FROM OLD.number OR NEW.scorecard_id IS DISTINCT FROM OLD.scorecard_id) THEN
        RAISE EXCEPTION 'scorecard_version %: a % version is immutable', OLD.id, OLD.status
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF OLD.status = 'RETIRED' AND NEW.status <> 'RETIRED' THEN
        RAISE EXCEPTION 'scorecard_version %: a retired version stays retired', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER scorecard_version_immutable
    BEFORE UPDATE ON scorecard_version
    FOR EACH ROW EXECUTE FUNCTION scorecard_version_keep_form();
