-- The list of evaluations at 100 000 evaluations: each evaluation keeps its call's agent and queue,
-- through which it is seen as its call is, so that the list asks the caller's scope of the evaluation
-- itself instead of joining every evaluation to its call, agent, team and queue (14 s at that size).
-- The queue is the call's for good; the application keeps the agent on the one the call is with.
ALTER TABLE evaluation ADD COLUMN call_agent_user_id BIGINT;
ALTER TABLE evaluation ADD COLUMN call_queue_id BIGINT;
UPDATE evaluation SET call_agent_user_id = (SELECT c.agent_user_id FROM call_record c WHERE c.call_id = evaluation.call_id),
                      call_queue_id = (SELECT c.queue_id FROM call_record c WHERE c.call_id = evaluation.call_id);
-- The list's order (newest first) with every column its conditions read, so that the page is read
-- from the newest down and its count from the index alone.
CREATE INDEX evaluation_listed ON evaluation (created_at, id, calibration, state, evaluator_user_id, agent_user_id,
                                              call_agent_user_id, call_queue_id);
