-- The call and recording lists at a million calls: their counts (a week of calls is some 80 000 rows)
-- answered from the index alone on PostgreSQL, without reading the rows. The lists filter by start
-- time, then by what the caller's scope reads (the call's agent and queue) or by whether the
-- recording was deleted; these indexes hold those columns after the start time.
CREATE INDEX call_record_started_scope ON call_record (started_at, agent_user_id, queue_id);
DROP INDEX call_record_started;
CREATE INDEX recording_started_kept ON recording (started_at, deleted_at);
DROP INDEX recording_started;
