package org.earshot.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.earshot.evaluation.Answer;
import org.earshot.evaluation.Form;
import org.earshot.evaluation.FormJson;
import org.junit.jupiter.api.Test;

/** Goals' results and progress on hand-computed examples. */
class GoalProgressTest {

    /**
     * Opening (weight 1): greeting, verification that fails the whole form on NO, empathy on a 1-5 scale
     * (N/A allowed). Resolution (weight 3): the outcome, whose "unresolved" fails the section, and a next step.
     */
    private static final Form FORM = FormJson.read("""
            {"name":"Coached call","sections":[
              {"key":"opening","title":"Opening","questions":[
                {"key":"greeting","type":"YES_NO","text":"Greeted?"},
                {"key":"verified","type":"YES_NO","text":"Verified?","critical":"FORM","failingAnswer":"NO"},
                {"key":"empathy","type":"SCALE","text":"Empathy?","scale":{"min":1,"max":5},"naAllowed":true}]},
              {"key":"resolution","title":"Resolution","weight":3,"questions":[
                {"key":"outcome","type":"CHOICE","text":"Resolved?","critical":"SECTION","choices":[
                  {"value":"resolved","label":"Resolved","points":10},{"value":"partly","label":"Partly","points":5},
                  {"value":"unresolved","label":"Not resolved","points":0,"failing":true}]},
                {"key":"nextStep","type":"YES_NO","text":"Next step agreed?"}]}]}""");

    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void aQuestionsScoreIsTheRunningMeanOfItsOwnAnswersAndNotApplicableLeavesNoPoint() {
        // empathy 5, N/A, 2, 4 on 1-5: 100, (none), 25, 75; running 100, 62.50, 66.67
        GoalProgress progress = progress(GoalSubject.QUESTION, "empathy", TargetKind.SCORE, "70",
                answers("YES", "YES", "5", "resolved", "YES"), answers("YES", "YES", null, "resolved", "YES"),
                answers("YES", "YES", "2", "resolved", "YES"), answers("YES", "YES", "4", "resolved", "YES"));

        assertThat(progress.points()).extracting(ProgressPoint::evaluationId).containsExactly(1L, 3L, 4L);
        assertThat(values(progress)).containsExactly("100.00", "25.00", "75.00");
        assertThat(running(progress)).containsExactly("100.00", "62.50", "66.67");
        assertThat(progress.current()).isEqualByComparingTo("66.67");
        assertThat(progress.met()).as("66.67 is below the target of 70").isFalse();
    }

    @Test
    void aPassRateCountsTheEvaluationsAtOrAboveTheHalfOfTheQuestionsPoints() {
        // empathy 5 (pass), 2 (25: fails), 3 (50: passes), N/A: 1/1, 1/2, 2/3
        GoalProgress progress = progress(GoalSubject.QUESTION, "empathy", TargetKind.PASS_RATE, "60",
                answers("YES", "YES", "5", "resolved", "YES"), answers("YES", "YES", "2", "resolved", "YES"),
                answers("YES", "YES", "3", "resolved", "YES"), answers("YES", "YES", null, "resolved", "YES"));

        assertThat(progress.points()).extracting(ProgressPoint::passed).containsExactly(true, false, true);
        assertThat(running(progress)).containsExactly("100.00", "50.00", "66.67");
        assertThat(progress.met()).isTrue();
    }

    @Test
    void aCriticalFailureScoresTheFailingQuestionAndItsSectionZeroButNotTheOthers() {
        Map<String, Answer> unverified = answers("YES", "NO", "5", "resolved", "YES");

        assertThat(GoalResult.in(FORM, unverified, GoalSubject.QUESTION, "verified")).contains(new GoalResult(0, false));
        assertThat(GoalResult.in(FORM, unverified, GoalSubject.QUESTION, "greeting"))
                .as("the greeting was given: the form's auto-fail is not this behaviour's").contains(new GoalResult(100, true));
        assertThat(GoalResult.in(FORM, unverified, GoalSubject.SECTION, "opening")).as("the form failed in this section")
                .contains(new GoalResult(0, false));
        assertThat(GoalResult.in(FORM, unverified, GoalSubject.SECTION, "resolution")).as("resolved, next step: 100 on its own")
                .contains(new GoalResult(100, true));

        Map<String, Answer> unresolved = answers("YES", "YES", "5", "unresolved", "YES");
        assertThat(GoalResult.in(FORM, unresolved, GoalSubject.SECTION, "resolution")).as("auto-failed by the outcome")
                .contains(new GoalResult(0, false));
        assertThat(GoalResult.in(FORM, unresolved, GoalSubject.QUESTION, "nextStep")).contains(new GoalResult(100, true));
    }

    @Test
    void aSectionsScoreIsItsWeightedScoreWithoutItsNotApplicableQuestions() {
        // opening: greeting 1, verified 1, empathy 2 on 1-5 = 0.25: (1 + 1 + 0.25) / 3 = 75
        assertThat(GoalResult.in(FORM, answers("YES", "YES", "2", "partly", "NO"), GoalSubject.SECTION, "opening"))
                .contains(new GoalResult(75, true));
        // empathy N/A: (1 + 0) / 2 = 50, which passes
        assertThat(GoalResult.in(FORM, answers("NO", "YES", null, "partly", "NO"), GoalSubject.SECTION, "opening"))
                .contains(new GoalResult(50, true));
        // resolution: outcome partly 0.5, next step NO: 0.5 / 2 = 25
        GoalProgress progress = progress(GoalSubject.SECTION, "resolution", TargetKind.SCORE, "80",
                answers("YES", "YES", "2", "partly", "NO"), answers("YES", "YES", "2", "resolved", "YES"));
        assertThat(running(progress)).containsExactly("25.00", "62.50");
    }

    @Test
    void withoutACountingEvaluationAGoalHasNoValueAndIsNotMet() {
        GoalProgress progress = progress(GoalSubject.QUESTION, "empathy", TargetKind.SCORE, "50",
                answers("YES", "YES", null, "resolved", "YES"));
        assertThat(progress.points()).isEmpty();
        assertThat(progress.current()).isNull();
        assertThat(progress.met()).isFalse();
        assertThat(GoalResult.in(FORM, answers("YES", "YES", "3", "resolved", "YES"), GoalSubject.QUESTION, "noSuchKey")).isEmpty();
    }

    @Test
    void theFailedQuestionsOfAnOutcomeAreProposedInTheFormsOrder() {
        // greeting NO fails; verified YES passes; empathy N/A proposes nothing; partly is half the points and passes; next step NO fails
        assertThat(ProposedGoals.failedQuestions(FORM, answers("NO", "YES", null, "partly", "NO"))).containsExactly("greeting", "nextStep");
        assertThat(ProposedGoals.failedQuestions(FORM, answers("YES", "NO", "1", "unresolved", "YES")))
                .containsExactly("verified", "empathy", "outcome");
    }

    private static GoalProgress progress(GoalSubject subject, String key, TargetKind kind, String target,
                                         List<Map<String, Answer>> evaluations) {
        List<GoalProgress.Evaluated> evaluated = new ArrayList<>();
        for (int i = 0; i < evaluations.size(); i++) {
            evaluated.add(new GoalProgress.Evaluated(i + 1, START.plusSeconds(3600L * i), GoalResult.in(FORM, evaluations.get(i), subject, key)));
        }
        return GoalProgress.of(kind, new BigDecimal(target), evaluated);
    }

    @SafeVarargs
    private static GoalProgress progress(GoalSubject subject, String key, TargetKind kind, String target, Map<String, Answer>... evaluations) {
        return progress(subject, key, kind, target, List.of(evaluations));
    }

    /** Answers to greeting, verified, empathy (null: N/A), outcome and next step. */
    private static Map<String, Answer> answers(String greeting, String verified, String empathy, String outcome, String nextStep) {
        Map<String, Answer> answers = new HashMap<>();
        answers.put("greeting", Answer.of(greeting));
        answers.put("verified", Answer.of(verified));
        answers.put("empathy", empathy == null ? Answer.NOT_APPLICABLE : Answer.of(empathy));
        answers.put("outcome", Answer.of(outcome));
        answers.put("nextStep", Answer.of(nextStep));
        return answers;
    }

    private static List<String> values(GoalProgress progress) {
        return progress.points().stream().map(p -> p.value().toPlainString()).toList();
    }

    private static List<String> running(GoalProgress progress) {
        return progress.points().stream().map(p -> p.running().toPlainString()).toList();
    }
}
