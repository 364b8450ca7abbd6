-- Each finished recording's speech signals (docs/quality.md, "Speech signals"), one row, written in the
-- transaction that finishes it. No row: none were computed (recorded before they existed, or the audio
-- could not be read). agent_talk_percent is NULL when neither party talked. source: RECORDER (as the
-- audio was written) or READ_BACK (the decrypted track read once: recovered at start-up).
CREATE TABLE recording_speech (
    recording_id                UUID        NOT NULL PRIMARY KEY REFERENCES recording (id) ON DELETE CASCADE,
    caller_talk_ms              BIGINT      NOT NULL,
    agent_talk_ms               BIGINT      NOT NULL,
    agent_talk_percent          BIGINT,
    silence_total_ms            BIGINT      NOT NULL,
    silence_longest_ms          BIGINT      NOT NULL,
    overtalk_count              BIGINT      NOT NULL,
    overtalk_ms                 BIGINT      NOT NULL,
    caller_monologue_longest_ms BIGINT      NOT NULL,
    agent_monologue_longest_ms  BIGINT      NOT NULL,
    hold_ms                     BIGINT      NOT NULL,
    source                      VARCHAR(16) NOT NULL,
    CONSTRAINT recording_speech_percent CHECK (agent_talk_percent BETWEEN 0 AND 100),
    CONSTRAINT recording_speech_source CHECK (source IN ('RECORDER', 'READ_BACK'))
);
