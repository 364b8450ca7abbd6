-- The quality dashboard's figures of the whole organization (its tiles, the score bands, the trend of all
-- evaluations and by form) per day and form only, instead of a row per day, agent, team, queue and form
-- (quality_day holds about 30 k of them for 30 days at 100 k evaluations). Kept by
-- org.earshot.evaluation.QualityLedger next to quality_day, in the same statements' transaction, so its sums
-- are those of quality_day summed over agent, team and queue.
CREATE TABLE quality_total_day (
    submitted_on   DATE          NOT NULL,
    scorecard_id   BIGINT        NOT NULL,
    evaluations    INT           NOT NULL,
    scored         INT           NOT NULL,
    score_sum      NUMERIC(16,2) NOT NULL,
    score_squares  NUMERIC(20,4) NOT NULL,
    auto_failed    INT           NOT NULL,
    disputed       INT           NOT NULL,
    appealed       INT           NOT NULL,
    upheld         INT           NOT NULL,
    re_scored      INT           NOT NULL,
    band_0         INT           NOT NULL,
    band_1         INT           NOT NULL,
    band_2         INT           NOT NULL,
    band_3         INT           NOT NULL,
    band_4         INT           NOT NULL,
    band_5         INT           NOT NULL,
    band_6         INT           NOT NULL,
    band_7         INT           NOT NULL,
    band_8         INT           NOT NULL,
    band_9         INT           NOT NULL,
    PRIMARY KEY (submitted_on, scorecard_id)
);

INSERT INTO quality_total_day (submitted_on, scorecard_id, evaluations, scored, score_sum, score_squares, auto_failed, disputed, appealed,
                               upheld, re_scored, band_0, band_1, band_2, band_3, band_4, band_5, band_6, band_7, band_8, band_9)
SELECT submitted_on, scorecard_id, SUM(evaluations), SUM(scored), SUM(score_sum), SUM(score_squares), SUM(auto_failed), SUM(disputed),
       SUM(appealed), SUM(upheld), SUM(re_scored), SUM(band_0), SUM(band_1), SUM(band_2), SUM(band_3), SUM(band_4), SUM(band_5),
       SUM(band_6), SUM(band_7), SUM(band_8), SUM(band_9)
FROM quality_day GROUP BY submitted_on, scorecard_id;
