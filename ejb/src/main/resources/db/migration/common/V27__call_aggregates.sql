-- The operations dashboard's pre-aggregates (docs/dashboards.md). Kept by org.earshot.calls.CallLedger in
-- the transaction that changes what a call counts for: the one that ends it (its call event, or the
-- restart that cuts it off), the one that keeps its recording's speech signals and the one that deletes
-- them with the recording. The ledger subtracts what the call counted for (its fact row) and adds what it
-- counts for now, so a sum is never wrong. Calls ended without the application (before this version, bulk
-- loads) are counted at start-up (CallBackfill). No agent, team or queue is kept as 0.

-- What one ended call counts for now: its keys, fixed when first counted (the UTC day it started, its
-- agent, that agent's team then, its queue), whether it was answered, its handle time (answered to end),
-- and its recording's speech signals while they exist. The foreign key keeps a call record from being
-- deleted behind the ledger's back.
CREATE TABLE call_fact (
    call_record_id      BIGINT      PRIMARY KEY REFERENCES call_record (id),
    call_day            DATE        NOT NULL,
    started_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    agent_user_id       BIGINT      NOT NULL,
    team_id             BIGINT      NOT NULL,
    queue_id            BIGINT      NOT NULL,
    answered            BOOLEAN     NOT NULL,
    handle_ms           BIGINT      NOT NULL,
    handle_band         INT,
    with_speech         BOOLEAN     NOT NULL,
    agent_talk_ms       BIGINT      NOT NULL,
    caller_talk_ms      BIGINT      NOT NULL,
    agent_talk_percent  BIGINT,
    silence_ms          BIGINT      NOT NULL,
    silence_longest_ms  BIGINT      NOT NULL,
    overtalk_ms         BIGINT      NOT NULL,
    hold_ms             BIGINT      NOT NULL
);
-- The calls behind a number, newest first, within a range and a scope.
CREATE INDEX call_fact_day ON call_fact (call_day, team_id, queue_id, agent_user_id);
CREATE INDEX call_fact_started ON call_fact (started_at, call_record_id);

-- Per day x agent x team x queue: calls, answered, handle time (sum, and answered calls per band:
-- band_0 under 1 minute, then 1-3, 3-5, 5-10, 10-20, band_5 20 minutes and more), and over the calls with
-- speech signals: agent and caller talk, the agent's talk percent (sum and how many calls had one, as
-- nobody talked in some), silence (total and longest per call), overtalk and hold.
CREATE TABLE call_day (
    call_day                DATE    NOT NULL,
    agent_user_id           BIGINT  NOT NULL,
    team_id                 BIGINT  NOT NULL,
    queue_id                BIGINT  NOT NULL,
    calls                   BIGINT  NOT NULL,
    answered                BIGINT  NOT NULL,
    handle_ms               BIGINT  NOT NULL,
    band_0 BIGINT NOT NULL, band_1 BIGINT NOT NULL, band_2 BIGINT NOT NULL, band_3 BIGINT NOT NULL, band_4 BIGINT NOT NULL,
    band_5 BIGINT NOT NULL,
    with_speech             BIGINT  NOT NULL,
    agent_talk_ms           BIGINT  NOT NULL,
    caller_talk_ms          BIGINT  NOT NULL,
    talk_percent_sum        BIGINT  NOT NULL,
    talk_percent_calls      BIGINT  NOT NULL,
    silence_ms              BIGINT  NOT NULL,
    silence_longest_ms      BIGINT  NOT NULL,
    overtalk_ms             BIGINT  NOT NULL,
    hold_ms                 BIGINT  NOT NULL,
    PRIMARY KEY (call_day, agent_user_id, team_id, queue_id)
);
-- Read when the filter names an agent.
CREATE INDEX call_day_agent ON call_day (agent_user_id, call_day);

-- The same sums per day x team x queue, without the agent: what the dashboard reads unless the filter
-- names an agent. At a million calls a month's call_day has nearly a row per call (an agent takes a few
-- calls a day per queue); this has one per team and queue a day.
CREATE TABLE call_team_day (
    call_day                DATE    NOT NULL,
    team_id                 BIGINT  NOT NULL,
    queue_id                BIGINT  NOT NULL,
    calls                   BIGINT  NOT NULL,
    answered                BIGINT  NOT NULL,
    handle_ms               BIGINT  NOT NULL,
    band_0 BIGINT NOT NULL, band_1 BIGINT NOT NULL, band_2 BIGINT NOT NULL, band_3 BIGINT NOT NULL, band_4 BIGINT NOT NULL,
    band_5 BIGINT NOT NULL,
    with_speech             BIGINT  NOT NULL,
    agent_talk_ms           BIGINT  NOT NULL,
    caller_talk_ms          BIGINT  NOT NULL,
    talk_percent_sum        BIGINT  NOT NULL,
    talk_percent_calls      BIGINT  NOT NULL,
    silence_ms              BIGINT  NOT NULL,
    silence_longest_ms      BIGINT  NOT NULL,
    overtalk_ms             BIGINT  NOT NULL,
    hold_ms                 BIGINT  NOT NULL,
    PRIMARY KEY (call_day, team_id, queue_id)
);
CREATE INDEX call_team_day_team ON call_team_day (team_id, call_day);
CREATE INDEX call_team_day_queue ON call_team_day (queue_id, call_day);
