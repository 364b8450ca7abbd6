-- The monitoring dashboard counts sessions by the UTC day they were requested, within the scope of the
-- monitored call (its agent's team and its queue, as the calls' scope reads them), under the most
-- intrusive mode each was in (LISTEN < WHISPER < BARGE < TAKEOVER: a session that whispered and then
-- barged is a barge), and adds up how long supervisors were in the call (connected to ended). The
-- session keeps these as it changes, so that 30 000 sessions are summed without joins or date
-- arithmetic. Sessions from before these columns: the team their agent is in now, the queue of their
-- call, and the mode they were in last (a takeover is final, so takeovers are all counted).
ALTER TABLE monitoring_session ADD COLUMN requested_on DATE;
ALTER TABLE monitoring_session ADD COLUMN team_id BIGINT;
ALTER TABLE monitoring_session ADD COLUMN queue_id BIGINT;
ALTER TABLE monitoring_session ADD COLUMN peak_mode VARCHAR(16);
ALTER TABLE monitoring_session ADD COLUMN listened_seconds BIGINT;
ALTER TABLE monitoring_session ADD CONSTRAINT monitoring_session_team FOREIGN KEY (team_id) REFERENCES team (id);
ALTER TABLE monitoring_session ADD CONSTRAINT monitoring_session_queue FOREIGN KEY (queue_id) REFERENCES call_queue (id);

UPDATE monitoring_session SET requested_on = CAST(requested_at AT TIME ZONE 'UTC' AS DATE), peak_mode = mode,
    team_id = (SELECT u.team_id FROM app_user u WHERE u.id = monitoring_session.agent_user_id),
    queue_id = (SELECT c.queue_id FROM call_record c WHERE c.call_id = monitoring_session.call_id),
    listened_seconds = CASE WHEN connected_at IS NOT NULL AND ended_at IS NOT NULL
        THEN CAST(EXTRACT(EPOCH FROM ended_at) - EXTRACT(EPOCH FROM connected_at) AS BIGINT) END;
ALTER TABLE monitoring_session ALTER COLUMN requested_on SET NOT NULL;
ALTER TABLE monitoring_session ALTER COLUMN peak_mode SET NOT NULL;

-- The dashboard reads a range of days, then the scope's team and queue.
CREATE INDEX monitoring_session_day_scope ON monitoring_session (requested_on, team_id, queue_id);

-- Refused monitoring is only in the audit trail (a refused start or switch never becomes a session):
-- the dashboard finds those entries by outcome and action, then time, among all the audited actions.
CREATE INDEX audit_entry_outcome_action ON audit_entry (outcome, action, occurred_at);
