-- At most one draft per scorecard: H2 has no partial index, so a computed column that is NULL on every
-- version but the draft carries the unique constraint. (The immutability of published versions is the
-- entity's here; PostgreSQL also enforces it with a trigger.)
ALTER TABLE scorecard_version ADD COLUMN draft_of BIGINT GENERATED ALWAYS AS (CASE WHEN status = 'DRAFT' THEN scorecard_id END);
ALTER TABLE scorecard_version ADD CONSTRAINT scorecard_version_one_draft UNIQUE (draft_of);
