package org.earshot.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.earshot.evaluation.QuestionBuilder.form;
import static org.earshot.evaluation.QuestionBuilder.scale;
import static org.earshot.evaluation.QuestionBuilder.section;
import static org.earshot.evaluation.QuestionBuilder.yesNo;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.earshot.calls.CallRecord;
import org.earshot.organization.User;
import org.earshot.testing.Fields;
import org.earshot.testing.OrgFixture;
import org.earshot.telephony.api.CallEvent;
import org.junit.jupiter.api.Test;

/** An evaluation applies the workflow's decisions: answers checked and scored by the server, revisions kept, disputes recorded. */
class EvaluationTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final EvaluationWorkflow WORKFLOW = new EvaluationWorkflow(WorkflowPolicy.DEFAULT);

    private final OrgFixture org = new OrgFixture();
    private final User agent = org.user("agent.anna");
    private final User evaluator = org.user("qa");
    private final User reviewer = org.user("qa.lead");
    private final Evaluation evaluation = Fields.withId(new Evaluation(call("call-1"), null, null, agent, evaluator, published(), NOW), 41);

    /** A direct call to the agent, ringing. */
    private CallRecord call(String callId) {
        return new CallRecord(new CallEvent(callId, CallEvent.Type.RINGING, NOW, "555", "1002", null, "1002", null, null), null, agent);
    }

    private static ScorecardVersion published() {
        Scorecard scorecard = Fields.withId(new Scorecard(form(section("s", 1, yesNo("greeting"), scale("empathy", 1, 5))), "qa", NOW), 7);
        scorecard.publish(1, "qa", NOW);
        return scorecard.version(1);
    }

    @Test
    void aDraftsAnswersAreScoredByTheServerAndSubmittedAsRevisionOne() {
        ScoreReport score = evaluation.saveAnswers(Map.of("greeting", Answer.of("YES"), "empathy", Answer.of("5")));
        evaluation.submit(WORKFLOW, WorkflowActor.user(evaluator.getId()), "qa", NOW.plusSeconds(60));

        assertThat(score.total()).isEqualByComparingTo("100");
        assertThat(evaluation.getState()).isEqualTo(EvaluationState.SUBMITTED);
        assertThat(evaluation.view().revisions()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(1);
            assertThat(r.total()).isEqualByComparingTo("100");
        });
        assertThat(evaluation.summary().dueAt()).isEqualTo(NOW.plusSeconds(60).plus(WorkflowPolicy.DEFAULT.acknowledgeWithin()));
    }

    @Test
    void anAnswerOfTheWrongTypeIsAFieldErrorAndNothingIsSaved() {
        evaluation.saveAnswers(Map.of("greeting", Answer.of("YES")));

        assertThatThrownBy(() -> evaluation.saveAnswers(Map.of("greeting", Answer.of("NO"), "empathy", Answer.of("loud"))))
                .isInstanceOfSatisfying(EvaluationException.class, e -> {
                    assertThat(e.isConflict()).isFalse();
                    assertThat(e.getField()).isEqualTo("answers/empathy");
                });
        assertThat(evaluation.answers()).containsExactly(Map.entry("greeting", Answer.of("YES")));
    }

    @Test
    void anIncompleteDraftIsNotSubmitted() {
        evaluation.saveAnswers(Map.of("greeting", Answer.of("YES")));

        assertThatThrownBy(() -> evaluation.submit(WORKFLOW, WorkflowActor.user(evaluator.getId()), "qa", NOW))
                .isInstanceOfSatisfying(EvaluationException.class, e -> assertThat(e.getField()).isEqualTo("answers/empathy"));
        assertThat(evaluation.getState()).isEqualTo(EvaluationState.DRAFT);
    }

    @Test
    void acknowledgingADraftIsAConflictWithTheWorkflowsReason() {
        assertThatThrownBy(() -> evaluation.acknowledge(WORKFLOW, WorkflowActor.user(agent.getId()), NOW))
                .isInstanceOfSatisfying(EvaluationException.class, e -> {
                    assertThat(e.isConflict()).isTrue();
                    assertThat(e.getMessage()).isEqualTo("An evaluation in DRAFT cannot be acknowledged");
                });
    }

    @Test
    void aReScoreIsANewRevisionAndTheOldOneIsKept() {
        submitted();
        evaluation.dispute(WORKFLOW, WorkflowActor.user(agent.getId()), Dispute.ofQuestions("I was polite", "empathy"), "agent.anna",
                NOW.plusSeconds(120));
        evaluation.resolve(WORKFLOW, reviewer, WorkflowActor.reviewer(reviewer.getId()),
                new Resolution(Resolution.Outcome.RE_SCORED, "Empathy was fine"),
                Map.of("greeting", Answer.of("YES"), "empathy", Answer.of("5")), NOW.plusSeconds(180));

        EvaluationView view = evaluation.view();
        assertThat(view.summary().state()).isEqualTo(EvaluationState.RESOLVED);
        assertThat(view.revisions()).extracting(RevisionView::number).containsExactly(1, 2);
        assertThat(view.revisions().get(0).answers()).containsEntry("empathy", Answer.of("1"));
        assertThat(view.revisions().get(1).total()).isEqualByComparingTo("100");
        assertThat(view.answers()).containsEntry("empathy", Answer.of("5"));
        assertThat(view.disputes()).singleElement().satisfies(d -> {
            assertThat(d.questionKeys()).containsExactly("empathy");
            assertThat(d.outcome()).isEqualTo(Resolution.Outcome.RE_SCORED);
            assertThat(d.reviewer()).isEqualTo("qa.lead");
        });
    }

    @Test
    void theEvaluatorMayNotResolveTheirOwnEvaluation() {
        submitted();
        evaluation.dispute(WORKFLOW, WorkflowActor.user(agent.getId()), Dispute.ofWhole("Unfair"), "agent.anna", NOW.plusSeconds(120));

        assertThatThrownBy(() -> evaluation.resolve(WORKFLOW, evaluator, WorkflowActor.reviewer(evaluator.getId()),
                new Resolution(Resolution.Outcome.UPHELD, "Stands"), null, NOW.plusSeconds(180)))
                .isInstanceOf(StepRefusedException.class).hasMessage("The reviewer of a dispute may not be its evaluator");
        assertThat(evaluation.getState()).isEqualTo(EvaluationState.DISPUTED);
    }

    @Test
    void anUnansweredSubmissionIsAcknowledgedByDefaultWhenTheWindowPasses() {
        submitted();

        assertThat(evaluation.lapse(WORKFLOW, NOW.plus(Duration.ofDays(1)))).isEmpty();
        assertThat(evaluation.lapse(WORKFLOW, NOW.plus(Duration.ofDays(8)))).hasValueSatisfying(
                l -> assertThat(l.next()).isEqualTo(EvaluationState.ACKNOWLEDGED));
        assertThat(evaluation.getState()).isEqualTo(EvaluationState.ACKNOWLEDGED);
        assertThat(evaluation.summary().acknowledgedAt()).isEqualTo(NOW.plus(WorkflowPolicy.DEFAULT.acknowledgeWithin()));
    }

    @Test
    void aPolicyChangedAfterAStepMovesNoRunningClock() {
        EvaluationWorkflow noAppealsAndAnHour = new EvaluationWorkflow(new WorkflowPolicy(Duration.ofHours(1), Duration.ofHours(1),
                Duration.ofHours(1), Duration.ofHours(1), false));
        submitted();
        Instant acknowledgeBy = NOW.plus(WorkflowPolicy.DEFAULT.acknowledgeWithin());
        assertThat(evaluation.getDueAt()).isEqualTo(acknowledgeBy);

        assertThat(evaluation.lapse(noAppealsAndAnHour, NOW.plus(Duration.ofDays(2)))).as("the week fixed at the submission runs on").isEmpty();
        evaluation.dispute(WORKFLOW, WorkflowActor.user(agent.getId()), Dispute.ofWhole("Unfair"), "agent.anna", NOW.plus(Duration.ofDays(6)));
        assertThat(evaluation.summary().appealAllowed()).isTrue();
        evaluation.resolve(noAppealsAndAnHour, reviewer, WorkflowActor.reviewer(reviewer.getId()),
                new Resolution(Resolution.Outcome.UPHELD, "Stands"), null, NOW.plus(Duration.ofDays(7)));

        assertThat(evaluation.getState()).as("disputed while appeals were allowed").isEqualTo(EvaluationState.RESOLVED);
        assertThat(evaluation.getDueAt()).as("the appeal window the resolution opened, under the policy of then")
                .isEqualTo(NOW.plus(Duration.ofDays(7)).plus(Duration.ofHours(1)));
    }

    @Test
    void aCommentIsPinnedToAMomentAndAQuestionOfTheForm() {
        CommentView comment = evaluation.comment("  Long hold here ", 83_000L, "empathy", "qa", NOW).view();

        assertThat(comment.text()).isEqualTo("Long hold here");
        assertThat(comment.offsetMillis()).isEqualTo(83_000L);
        assertThatThrownBy(() -> evaluation.comment("x", -1L, null, "qa", NOW)).isInstanceOfSatisfying(EvaluationException.class,
                e -> assertThat(e.getField()).isEqualTo("offsetMillis"));
        assertThatThrownBy(() -> evaluation.comment("x", null, "nope", "qa", NOW)).isInstanceOfSatisfying(EvaluationException.class,
                e -> assertThat(e.getField()).isEqualTo("questionKey"));
    }

    @Test
    void anAssignedDraftIsDueWhenTheSubmitWindowClosesAndOnlyItIsReassigned() {
        Evaluation assigned = Evaluation.assigned(call("call-2"), null, agent, evaluator, published(), WORKFLOW, NOW);

        assertThat(assigned.getAssignedAt()).isEqualTo(NOW);
        assertThat(assigned.getDueAt()).isEqualTo(NOW.plus(WorkflowPolicy.DEFAULT.submitWithin()));
        assigned.reassignTo(reviewer);
        assertThat(assigned.getEvaluator()).isEqualTo(reviewer);
        assertThat(assigned.getDueAt()).as("the sample's deadline stays").isEqualTo(NOW.plus(WorkflowPolicy.DEFAULT.submitWithin()));

        assertThatThrownBy(() -> assigned.reassignTo(agent)).isInstanceOfSatisfying(EvaluationException.class,
                e -> assertThat(e.getField()).isEqualTo("evaluatorId"));
        assertThatThrownBy(() -> assigned.reassignTo(reviewer)).isInstanceOfSatisfying(EvaluationException.class,
                e -> assertThat(e.getMessage()).contains("already assigned to qa.lead"));
        assertThatThrownBy(() -> evaluation.reassignTo(reviewer)).as("a draft its evaluator started").isInstanceOfSatisfying(
                EvaluationException.class, e -> assertThat(e.isConflict()).isTrue());
        submitted();
        assertThatThrownBy(() -> evaluation.reassignTo(reviewer)).isInstanceOfSatisfying(EvaluationException.class,
                e -> assertThat(e.getMessage()).contains("SUBMITTED"));
    }

    private void submitted() {
        evaluation.saveAnswers(Map.of("greeting", Answer.of("YES"), "empathy", Answer.of("1")));
        evaluation.submit(WORKFLOW, WorkflowActor.user(evaluator.getId()), "qa", NOW);
    }
}
