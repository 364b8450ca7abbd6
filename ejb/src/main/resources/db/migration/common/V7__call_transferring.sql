-- A call whose agent's transfer target rings is TRANSFERRING (the state column is wide enough);
-- it remembers where it stood before (ANSWERED or HELD), to go back there if the transfer fails,
-- and the target being rung.
ALTER TABLE call_record ADD COLUMN state_before_transfer VARCHAR(16);
ALTER TABLE call_record ADD COLUMN transfer_target VARCHAR(16);
-- A supervisor's takeover releases the agent: the record keeps the agent who took the call, but it
-- no longer occupies that agent's state.
ALTER TABLE call_record ADD COLUMN agent_released BOOLEAN DEFAULT FALSE NOT NULL;
