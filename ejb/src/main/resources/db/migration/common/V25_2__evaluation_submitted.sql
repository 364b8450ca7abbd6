-- The home pages' quality figures (org.earshot.evaluation.QualityFigures): the week's submitted
-- evaluations in the caller's scope, and the latest 500 of those a coach's agents had, read from this
-- index in the order of submission with every column their conditions read (the evaluation's own
-- call agent and queue, V25), instead of each evaluation joined to its call and sorted.
CREATE INDEX evaluation_submitted ON evaluation (submitted_at, id, calibration, state, call_agent_user_id, call_queue_id);
