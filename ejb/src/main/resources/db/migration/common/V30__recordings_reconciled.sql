-- The recording reconciliation (org.earshot.recording.CompletenessCheck) at a million recordings: every
-- five minutes it compared every recording with every call record (for recordings of unknown calls) and
-- sorted every recording not in recording_checked (for the next ones to examine). Each recording now says
-- whether the reconciliation has looked for its call record (call_checked: found, or reported as
-- UNKNOWN_CALL) and whether it has examined its audio (examined), so a run reads only those it has still
-- to do (PostgreSQL's partial indexes, V30_1), however late they arrive.
-- Existing recordings: a column added with a constant default writes no row on PostgreSQL; only those
-- still to do are then written (a recording of no known call not reported yet, one not examined yet).
-- The new rows' default is FALSE: still to do. The entity never writes these columns (FindingLedger does).
ALTER TABLE recording ADD COLUMN call_checked BOOLEAN DEFAULT TRUE NOT NULL;
UPDATE recording SET call_checked = FALSE
 WHERE NOT EXISTS (SELECT 1 FROM call_record c WHERE c.call_id = recording.call_id)
   AND NOT EXISTS (SELECT 1 FROM recording_finding f WHERE f.kind = 'UNKNOWN_CALL' AND f.recording_id = recording.id);
ALTER TABLE recording ALTER COLUMN call_checked SET DEFAULT FALSE;

ALTER TABLE recording ADD COLUMN examined BOOLEAN DEFAULT TRUE NOT NULL;
UPDATE recording SET examined = FALSE WHERE NOT EXISTS (SELECT 1 FROM recording_checked k WHERE k.recording_id = recording.id);
ALTER TABLE recording ALTER COLUMN examined SET DEFAULT FALSE;
DROP TABLE recording_checked;
