-- Monitoring adds call events with longer names (MONITOR_MODE_CHANGED has 20 characters).
ALTER TABLE call_state_change ALTER COLUMN change_type SET DATA TYPE VARCHAR(32);
