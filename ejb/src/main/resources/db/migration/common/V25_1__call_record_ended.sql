-- The recording reconciliation (org.earshot.recording.CompletenessCheck) looks every five minutes for
-- the answered calls of the last day without a recording: by the time they ended, which read every
-- call record (a quarter of a second at a million calls) without this index.
CREATE INDEX call_record_ended ON call_record (ended_at);
