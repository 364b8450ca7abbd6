package org.earshot.coaching;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.earshot.evaluation.Evaluation;
import org.earshot.evaluation.EvaluationState;
import org.earshot.evaluation.Form;
import org.earshot.evaluation.FormSection;
import org.earshot.evaluation.Question;
import org.earshot.evaluation.Scorecard;
import org.earshot.evaluation.ScorecardVersion;

/**
 * Computes a plan's goals' progress from the agent's evaluations: those submitted (in any later state)
 * from the plan's start until it ended, on the goal's scorecard in any of its versions, calibration
 * sheets never among them; each counts with the answers of its newest revision (a re-score replaces
 * the submitted score).
 */
final class PlanProgress {

    private final EntityManager em;

    PlanProgress(EntityManager em) {
        this.em = em;
    }

    List<GoalView> goals(CoachingPlan plan, Instant endedAt) {
        List<Evaluation> evaluations = em.createQuery("SELECT e FROM Evaluation e WHERE e.agent = :agent AND e.calibration = FALSE"
                        + " AND e.state <> :draft AND e.submittedAt >= :since AND e.submittedAt <= :until ORDER BY e.submittedAt, e.id",
                        Evaluation.class)
                .setParameter("agent", plan.getAgent()).setParameter("draft", EvaluationState.DRAFT)
                .setParameter("since", plan.getStartedAt()).setParameter("until", endedAt == null ? Instant.now() : endedAt)
                .getResultList();
        return plan.getGoals().stream().map(goal -> view(goal, evaluations)).toList();
    }

    GoalProgress progress(CoachingGoal goal, List<Evaluation> evaluations) {
        List<GoalProgress.Evaluated> evaluated = evaluations.stream()
                .filter(e -> e.getScorecardVersion().getScorecard().getId().equals(goal.getScorecardId()))
                .map(e -> new GoalProgress.Evaluated(e.getId(), e.getSubmittedAt(),
                        GoalResult.in(e.form(), e.answers(), goal.getSubject(), goal.getSubjectKey())))
                .toList();
        return GoalProgress.of(goal.getTargetKind(), goal.getTargetValue(), evaluated);
    }

    private GoalView view(CoachingGoal goal, List<Evaluation> evaluations) {
        Scorecard scorecard = em.find(Scorecard.class, goal.getScorecardId());
        return new GoalView(goal.getId(), goal.getScorecardId(), scorecard.getName(), goal.getSubject(), goal.getSubjectKey(),
                label(currentForm(scorecard), goal.getSubject(), goal.getSubjectKey()).orElse(goal.getSubjectKey()), goal.getTargetKind(),
                goal.getTargetValue(), goal.getDueOn(), goal.getStatus(), goal.getSettledAt(), progress(goal, evaluations));
    }

    /** The form evaluators use now: the published version, else the newest (a form being drafted, or retired). */
    static Form currentForm(Scorecard scorecard) {
        List<ScorecardVersion> versions = scorecard.versions();
        return scorecard.published().orElse(versions.get(versions.size() - 1)).form();
    }

    /** What a key names in a form: the question's text or the section's title; none when the form lacks it. */
    static Optional<String> label(Form form, GoalSubject subject, String key) {
        return subject == GoalSubject.QUESTION ? form.question(key).filter(Question::isScored).map(Question::text)
                : form.sections().stream().filter(s -> s.key().equals(key) && s.questions().stream().anyMatch(Question::isScored))
                .map(FormSection::title).findFirst();
    }
}
