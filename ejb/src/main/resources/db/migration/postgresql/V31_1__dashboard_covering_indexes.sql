-- Indexes holding every column the dashboards' readers ask for (the range, the scope's columns, the sums
-- or the drill-down's flags), so that a month at a million calls is answered from the index alone instead
-- of a heap page per row (docs/benchmarks.md, "Dashboards and lists at scale"). INCLUDE is PostgreSQL's:
-- the demo's embedded database reads the tables.

-- The failed questions of a scope narrower than the organization (its totals: quality_question_total_day).
CREATE INDEX quality_question_day_covered ON quality_question_day (submitted_on, scorecard_id, question_key, team_id, queue_id, agent_user_id)
    INCLUDE (asked, failed, not_applicable);

-- The operations dashboard's figures by team and queue.
CREATE INDEX call_team_day_covered ON call_team_day (call_day, team_id, queue_id)
    INCLUDE (calls, answered, handle_ms, with_speech, talk_percent_sum, talk_percent_calls, silence_ms, silence_longest_ms, overtalk_ms,
             hold_ms, band_0, band_1, band_2, band_3, band_4, band_5);

-- The count of the calls behind a number (answered, with speech, of a handle band); the same keys as before.
DROP INDEX call_fact_day;
CREATE INDEX call_fact_day ON call_fact (call_day, team_id, queue_id, agent_user_id) INCLUDE (answered, with_speech, handle_band);
