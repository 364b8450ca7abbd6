-- A live monitoring session is evaluated once: opening the evaluation again from the same session
-- gives the one made from it (EvaluationService.startFromSession), and this keeps two requests at once
-- from making a second. Evaluations of recorded calls have no session; NULLs do not collide.
ALTER TABLE evaluation ADD CONSTRAINT evaluation_one_per_monitoring_session UNIQUE (monitoring_session_id);
