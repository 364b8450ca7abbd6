-- The questions failed most across the whole organization, without reading a row per evaluation and
-- question (quality_question_day holds 360 k of them for 30 days at 100 k evaluations): per day and
-- question only. Kept by org.earshot.evaluation.QualityLedger with quality_question_day, in the same
-- statements' transaction, so its sums are those of quality_question_day summed over agent, team and queue.
CREATE TABLE quality_question_total_day (
    submitted_on     DATE        NOT NULL,
    scorecard_id     BIGINT      NOT NULL,
    question_key     VARCHAR(64) NOT NULL,
    asked            INT         NOT NULL,
    failed           INT         NOT NULL,
    not_applicable   INT         NOT NULL,
    PRIMARY KEY (submitted_on, scorecard_id, question_key)
);

INSERT INTO quality_question_total_day (submitted_on, scorecard_id, question_key, asked, failed, not_applicable)
SELECT submitted_on, scorecard_id, question_key, SUM(asked), SUM(failed), SUM(not_applicable)
FROM quality_question_day GROUP BY submitted_on, scorecard_id, question_key;
