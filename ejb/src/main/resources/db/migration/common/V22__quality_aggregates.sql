-- The quality dashboard's pre-aggregates (docs/dashboards.md). Kept by org.earshot.evaluation.QualityLedger
-- in the transaction of every change of an evaluation (submit, dispute, resolution, re-score, lapse,
-- deletion): the ledger subtracts what the evaluation counted for before (its fact row) and adds what it
-- counts for now, so a sum is never wrong after a re-score or a deletion. Facts of evaluations written
-- without the application (before this version, bulk loads) are made at start-up (QualityBackfill).
-- No team or no queue (a direct call) is kept as 0, so that the keys can be primary keys.

-- What one submitted evaluation counts for now: its keys, fixed at submission, its current revision's
-- total and auto-fail, its disputes and their outcomes, and each question's outcome (key=A asked,
-- key=F failed, key=N not applicable; ';' between). The foreign key keeps an evaluation from being
-- deleted behind the ledger's back.
CREATE TABLE quality_fact (
    evaluation_id     BIGINT       PRIMARY KEY REFERENCES evaluation (id),
    submitted_on      DATE         NOT NULL,
    agent_user_id     BIGINT       NOT NULL,
    team_id           BIGINT       NOT NULL,
    queue_id          BIGINT       NOT NULL,
    scorecard_id      BIGINT       NOT NULL,
    total             NUMERIC(5, 2),
    auto_failed       BOOLEAN      NOT NULL,
    disputed          BOOLEAN      NOT NULL,
    appealed          BOOLEAN      NOT NULL,
    upheld            INT          NOT NULL,
    re_scored         INT          NOT NULL,
    question_outcomes VARCHAR(20000) NOT NULL
);
CREATE INDEX quality_fact_day ON quality_fact (submitted_on, team_id, queue_id);
CREATE INDEX quality_fact_agent ON quality_fact (agent_user_id, submitted_on);

-- Per day (of submission, UTC) x agent x team x queue x scorecard. Scores: how many had a total
-- (scored), their sum and sum of squares (mean and standard deviation of any slice), and the count per
-- band of ten points (band_9 holds 90 to 100).
CREATE TABLE quality_day (
    submitted_on     DATE           NOT NULL,
    agent_user_id    BIGINT         NOT NULL,
    team_id          BIGINT         NOT NULL,
    queue_id         BIGINT         NOT NULL,
    scorecard_id     BIGINT         NOT NULL,
    evaluations      INT            NOT NULL,
    scored           INT            NOT NULL,
    score_sum        NUMERIC(16, 2) NOT NULL,
    score_squares    NUMERIC(20, 4) NOT NULL,
    auto_failed      INT            NOT NULL,
    disputed         INT            NOT NULL,
    appealed         INT            NOT NULL,
    upheld           INT            NOT NULL,
    re_scored        INT            NOT NULL,
    band_0 INT NOT NULL, band_1 INT NOT NULL, band_2 INT NOT NULL, band_3 INT NOT NULL, band_4 INT NOT NULL,
    band_5 INT NOT NULL, band_6 INT NOT NULL, band_7 INT NOT NULL, band_8 INT NOT NULL, band_9 INT NOT NULL,
    PRIMARY KEY (submitted_on, agent_user_id, team_id, queue_id, scorecard_id)
);
CREATE INDEX quality_day_team ON quality_day (team_id, submitted_on);
CREATE INDEX quality_day_queue ON quality_day (queue_id, submitted_on);

-- Per day x agent x team x queue x scorecard x question: asked (counted in the score, failed or not),
-- failed (a critical failure, or scored and earned nothing), not applicable.
CREATE TABLE quality_question_day (
    submitted_on     DATE        NOT NULL,
    agent_user_id    BIGINT      NOT NULL,
    team_id          BIGINT      NOT NULL,
    queue_id         BIGINT      NOT NULL,
    scorecard_id     BIGINT      NOT NULL,
    question_key     VARCHAR(64) NOT NULL,
    asked            INT         NOT NULL,
    failed           INT         NOT NULL,
    not_applicable   INT         NOT NULL,
    PRIMARY KEY (submitted_on, agent_user_id, team_id, queue_id, scorecard_id, question_key)
);
CREATE INDEX quality_question_day_team ON quality_question_day (team_id, submitted_on);
