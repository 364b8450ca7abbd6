-- Only the recordings the reconciliation has still to do, in the order it takes them: once it has caught
-- up, those of the last minutes. (H2, the demo's database, has no partial indexes; its few recordings
-- need none.)
CREATE INDEX recording_call_unchecked ON recording (started_at) WHERE NOT call_checked AND deleted_at IS NULL;
CREATE INDEX recording_unexamined ON recording (ended_at) WHERE NOT examined AND deleted_at IS NULL;
