-- The quality dashboard of a scope narrower than the organization (its tiles, score bands and trend; the
-- organization's come from quality_total_day, V33) from an index holding the range, the scope's columns and
-- every sum, so that a month at 100 k evaluations is read from the index alone instead of a heap page per
-- row (docs/benchmarks.md, "Dashboards and lists at scale"). INCLUDE is PostgreSQL's: the demo's embedded
-- database reads the table.
CREATE INDEX quality_day_covered ON quality_day (submitted_on, team_id, queue_id, agent_user_id, scorecard_id)
    INCLUDE (evaluations, scored, score_sum, score_squares, auto_failed, disputed, appealed, upheld, re_scored,
             band_0, band_1, band_2, band_3, band_4, band_5, band_6, band_7, band_8, band_9);
