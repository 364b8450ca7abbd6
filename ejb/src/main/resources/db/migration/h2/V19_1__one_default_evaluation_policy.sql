-- One organization default: H2 has no partial index, so a computed column that is NULL on every
-- queue's row and the same value on the default's carries the unique constraint.
ALTER TABLE evaluation_policy ADD COLUMN default_marker BOOLEAN GENERATED ALWAYS AS (CASE WHEN queue_id IS NULL THEN TRUE END);
ALTER TABLE evaluation_policy ADD CONSTRAINT evaluation_policy_one_default UNIQUE (default_marker);
