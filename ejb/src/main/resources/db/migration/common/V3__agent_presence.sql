-- Agent presence from the queue engine (feature codes *60..*63): logged out, available or away,
-- the queues logged in to, and what the engine says the agent is doing (it alone knows wrap-up).
-- status stays what the live view shows: the call's word while a call occupies the agent, else
-- the engine's (IDLE, RINGING, ON_CALL, WRAP_UP).
ALTER TABLE agent_state ADD COLUMN presence VARCHAR(16) DEFAULT 'LOGGED_OUT' NOT NULL;
ALTER TABLE agent_state ADD COLUMN activity VARCHAR(16) DEFAULT 'IDLE' NOT NULL;

-- An agent first seen is logged out and idle: the row the receivers insert when an agent has none
-- names only the agent and the time.
ALTER TABLE agent_state ALTER COLUMN status SET DEFAULT 'IDLE';
ALTER TABLE agent_state ALTER COLUMN version SET DEFAULT 0;

CREATE TABLE agent_state_queue (
    user_id   BIGINT NOT NULL REFERENCES agent_state (user_id) ON DELETE CASCADE,
    queue_id  BIGINT NOT NULL REFERENCES call_queue (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, queue_id)
);
CREATE INDEX agent_state_queue_queue ON agent_state_queue (queue_id);
