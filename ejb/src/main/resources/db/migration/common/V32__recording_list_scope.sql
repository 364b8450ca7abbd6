-- The list of recordings at a million recordings: each recording keeps its call's agent and queue, through
-- which it is seen as its call is, so that a supervisor's list asks the caller's scope of the recording itself
-- instead of reading every call record to find the scope's calls before joining the week's recordings (0.6 s
-- for the count, 1.2 s for a page of 25 at that size). As for the evaluations (V25): the queue is the call's for
-- good; the application keeps the agent on the one the call is with (org.earshot.recording.RecordingsFollowCalls).
-- A recording whose call record is not there yet gets them when the call record is made.
ALTER TABLE recording ADD COLUMN call_agent_user_id BIGINT;
ALTER TABLE recording ADD COLUMN call_queue_id BIGINT;
UPDATE recording SET (call_agent_user_id, call_queue_id) =
    (SELECT c.agent_user_id, c.queue_id FROM call_record c WHERE c.call_id = recording.call_id);
-- The list's order (newest first) with every column its default conditions read (the start, whether it is
-- deleted, the scope), so that the page's ids are read from the newest down and its count from the index alone.
-- It answers what recording_started_kept did (the count of a range of kept recordings) as well.
CREATE INDEX recording_listed ON recording (started_at, id, deleted_at, call_agent_user_id, call_queue_id);
DROP INDEX recording_started_kept;
