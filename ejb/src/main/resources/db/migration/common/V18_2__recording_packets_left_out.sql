-- The packets the recorder left out of a recording (too late for its timeline, or too far ahead of
-- it), so that audio missing from a recording is shown, never missing silently.
ALTER TABLE recording ADD COLUMN packets_left_out BIGINT DEFAULT 0 NOT NULL;
