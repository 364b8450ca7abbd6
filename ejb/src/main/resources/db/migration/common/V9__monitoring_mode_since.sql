-- When a session's current mode began (its phone answering, or the last switch), so that the agent's
-- indicator says "barge since" the barge, not the session's start. Sessions before this column:
-- since they connected, the best that is known.
ALTER TABLE monitoring_session ADD COLUMN mode_since TIMESTAMP WITH TIME ZONE;
UPDATE monitoring_session SET mode_since = connected_at;
