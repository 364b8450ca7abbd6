package org.earshot.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.earshot.evaluation.AnEvaluation.AGENT;
import static org.earshot.evaluation.AnEvaluation.EVALUATOR;
import static org.earshot.evaluation.AnEvaluation.REVIEWER;
import static org.earshot.evaluation.AnEvaluation.SECOND_REVIEWER;
import static org.earshot.evaluation.AnEvaluation.day;
import static org.earshot.evaluation.EvaluationState.ACKNOWLEDGED;
import static org.earshot.evaluation.EvaluationState.APPEALED;
import static org.earshot.evaluation.EvaluationState.CLOSED;
import static org.earshot.evaluation.EvaluationState.DISPUTED;
import static org.earshot.evaluation.EvaluationState.DRAFT;
import static org.earshot.evaluation.EvaluationState.RESOLVED;
import static org.earshot.evaluation.EvaluationState.SUBMITTED;
import static org.earshot.evaluation.WorkflowDecision.Refusal.CONFLICT;
import static org.earshot.evaluation.WorkflowDecision.Refusal.INVALID;
import static org.earshot.evaluation.WorkflowDecision.Refusal.NOT_PERMITTED;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.earshot.evaluation.Resolution.Outcome;
import org.earshot.evaluation.WorkflowDecision.Allowed;
import org.earshot.evaluation.WorkflowDecision.Refused;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The evaluation workflow under the default policy (acknowledge and appeal within 7 days, resolve
 * within 5, submit within 7 of the assignment). The evaluation is evaluator 10's of agent 20; see
 * {@link AnEvaluation} for its timeline.
 */
class EvaluationWorkflowTest {

    private static final EvaluationWorkflow WORKFLOW = new EvaluationWorkflow(WorkflowPolicy.DEFAULT);
    private static final Instant NOW = day(5);
    private static final Dispute WHOLE = Dispute.ofWhole("The customer asked for the supervisor; I followed the script");
    private static final Resolution UPHELD = new Resolution(Outcome.UPHELD, "The greeting missed the company name");
    private static final Resolution RE_SCORED = new Resolution(Outcome.RE_SCORED, "The hold was announced at 02:14");

    /** The specification: from each state, the steps allowed and where they lead; every other step is refused. */
    private static final Map<EvaluationState, Map<WorkflowStep, EvaluationState>> ALLOWED = Map.of(
            DRAFT, Map.of(WorkflowStep.SUBMIT, SUBMITTED),
            SUBMITTED, Map.of(WorkflowStep.ACKNOWLEDGE, ACKNOWLEDGED, WorkflowStep.DISPUTE, DISPUTED),
            ACKNOWLEDGED, Map.of(),
            DISPUTED, Map.of(WorkflowStep.RESOLVE, RESOLVED),
            RESOLVED, Map.of(WorkflowStep.ACKNOWLEDGE, CLOSED, WorkflowStep.APPEAL, APPEALED),
            APPEALED, Map.of(WorkflowStep.RESOLVE, CLOSED),
            CLOSED, Map.of());

    private static Refused conflict(String reason) {
        return new Refused(CONFLICT, null, reason);
    }

    private static Refused notPermitted(String reason) {
        return new Refused(NOT_PERMITTED, null, reason);
    }

    private static Refused invalid(String field, String reason) {
        return new Refused(INVALID, field, reason);
    }

    static Stream<Arguments> everyStateAndStep() {
        return Arrays.stream(EvaluationState.values())
                .flatMap(state -> Arrays.stream(WorkflowStep.values()).map(step -> Arguments.of(state, step)));
    }

    /** Each step taken by the person it belongs to, with valid input, inside every window. */
    private static WorkflowDecision take(WorkflowStep step, EvaluationFacts evaluation, Instant now) {
        return switch (step) {
            case SUBMIT -> WORKFLOW.submit(evaluation, WorkflowActor.user(EVALUATOR), now);
            case ACKNOWLEDGE -> WORKFLOW.acknowledge(evaluation, WorkflowActor.user(AGENT), now);
            case DISPUTE -> WORKFLOW.dispute(evaluation, WorkflowActor.user(AGENT), WHOLE, now);
            case RESOLVE -> WORKFLOW.resolve(evaluation, WorkflowActor.reviewer(SECOND_REVIEWER), UPHELD, now);
            case APPEAL -> WORKFLOW.appeal(evaluation, WorkflowActor.user(AGENT), WHOLE, now);
        };
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("everyStateAndStep")
    void eachStateAllowsExactlyItsSteps(EvaluationState state, WorkflowStep step) {
        WorkflowDecision decision = take(step, AnEvaluation.in(state).facts(), NOW);

        EvaluationState next = ALLOWED.get(state).get(step);
        if (next == null) {
            assertThat(decision).isEqualTo(conflict("An evaluation in " + state + " cannot be " + step.done()));
        } else {
            assertThat(decision).isInstanceOf(Allowed.class);
            assertThat(((Allowed) decision).next()).isEqualTo(next);
        }
    }

    @ParameterizedTest
    @EnumSource(WorkflowStep.class)
    void aCalibrationEvaluationNeverEntersTheWorkflow(WorkflowStep step) {
        for (EvaluationState state : EvaluationState.values()) {
            EvaluationFacts calibration = AnEvaluation.in(state).ofCalibration().facts();
            assertThat(take(step, calibration, NOW)).isEqualTo(new Refused(CONFLICT, null,
                    "A calibration evaluation stays in its calibration session and cannot be " + step.done()));
            assertThat(WORKFLOW.lapse(calibration, day(60))).isEmpty();
        }
    }

    @Test
    void theStateSaysWhoTheWorkflowWaitsFor() {
        assertThat(DRAFT.waitingFor()).isEqualTo(EvaluationState.Party.EVALUATOR);
        assertThat(SUBMITTED.waitingFor()).isEqualTo(EvaluationState.Party.AGENT);
        assertThat(RESOLVED.waitingFor()).isEqualTo(EvaluationState.Party.AGENT);
        assertThat(DISPUTED.waitingFor()).isEqualTo(EvaluationState.Party.REVIEWER);
        assertThat(APPEALED.waitingFor()).isEqualTo(EvaluationState.Party.REVIEWER);
        assertThat(Arrays.stream(EvaluationState.values()).filter(EvaluationState::isFinal)).containsExactly(ACKNOWLEDGED, CLOSED);
    }

    @Nested
    class DueDates {

        @Test
        void eachStepSetsTheNextPartysClock() {
            Instant at = day(1);
            assertThat(WORKFLOW.assignmentDue(AnEvaluation.ASSIGNED)).isEqualTo(day(7));
            assertThat(WORKFLOW.submit(AnEvaluation.in(DRAFT).facts(), WorkflowActor.user(EVALUATOR), at))
                    .isEqualTo(new Allowed(SUBMITTED, at.plus(Duration.ofDays(7))));
            assertThat(WORKFLOW.dispute(AnEvaluation.in(SUBMITTED).facts(), WorkflowActor.user(AGENT), WHOLE, day(2)))
                    .as("the dispute fixes whether its resolution may be appealed").isEqualTo(new Allowed(DISPUTED, day(7), true));
            assertThat(WORKFLOW.resolve(AnEvaluation.in(DISPUTED).facts(), WorkflowActor.reviewer(REVIEWER), UPHELD, day(3)))
                    .isEqualTo(new Allowed(RESOLVED, day(10)));
            assertThat(WORKFLOW.appeal(AnEvaluation.in(RESOLVED).facts(), WorkflowActor.user(AGENT), WHOLE, day(4)))
                    .isEqualTo(new Allowed(APPEALED, day(9)));
            assertThat(WORKFLOW.resolve(AnEvaluation.in(APPEALED).facts(), WorkflowActor.reviewer(SECOND_REVIEWER), RE_SCORED, day(5)))
                    .isEqualTo(new Allowed(CLOSED, null));
            assertThat(WORKFLOW.acknowledge(AnEvaluation.in(SUBMITTED).facts(), WorkflowActor.user(AGENT), day(2)))
                    .isEqualTo(new Allowed(ACKNOWLEDGED, null));
        }

        @Test
        void aLateEvaluatorOrReviewerIsNotRefusedAndNothingLapses() {
            assertThat(WORKFLOW.submit(AnEvaluation.in(DRAFT).facts(), WorkflowActor.user(EVALUATOR), day(30)).isAllowed()).isTrue();

            EvaluationFacts disputed = AnEvaluation.in(DISPUTED).facts();
            assertThat(WORKFLOW.lapse(disputed, day(60))).as("a dispute never lapses: the agent is owed an answer").isEmpty();
            assertThat(WORKFLOW.resolve(disputed, WorkflowActor.reviewer(REVIEWER), UPHELD, day(60)).isAllowed()).isTrue();
            assertThat(WORKFLOW.lapse(AnEvaluation.in(APPEALED).facts(), day(60))).isEmpty();
            assertThat(WORKFLOW.lapse(AnEvaluation.in(DRAFT).facts(), day(60))).isEmpty();
        }
    }

    @Nested
    class Windows {

        @Test
        void theAgentDisputesUpToTheWindowsLastInstant() {
            EvaluationFacts submitted = AnEvaluation.in(SUBMITTED).facts();
            assertThat(WORKFLOW.dispute(submitted, WorkflowActor.user(AGENT), WHOLE, day(8)).isAllowed()).isTrue();
            assertThat(WORKFLOW.dispute(submitted, WorkflowActor.user(AGENT), WHOLE, day(8).plusSeconds(1)))
                    .isEqualTo(conflict("The dispute window closed at 2026-12-09T09:00:00Z"));
        }

        @Test
        void anUnansweredEvaluationIsAcknowledgedByDefaultOnceTheWindowCloses() {
            EvaluationFacts submitted = AnEvaluation.in(SUBMITTED).facts();
            assertThat(WORKFLOW.lapse(submitted, day(8))).isEmpty();
            assertThat(WORKFLOW.lapse(submitted, day(8).plusSeconds(1))).hasValue(new Lapse(ACKNOWLEDGED, day(8),
                    "Acknowledged by default: neither acknowledged nor disputed by 2026-12-09T09:00:00Z"));
        }

        @Test
        void theAgentMayStillAcknowledgeLateBeforeTheDefaultDoes() {
            assertThat(WORKFLOW.acknowledge(AnEvaluation.in(SUBMITTED).facts(), WorkflowActor.user(AGENT), day(20)))
                    .isEqualTo(new Allowed(ACKNOWLEDGED, null));
            assertThat(WORKFLOW.acknowledge(AnEvaluation.in(RESOLVED).facts(), WorkflowActor.user(AGENT), day(20)))
                    .isEqualTo(new Allowed(CLOSED, null));
        }

        @Test
        void theAgentAppealsUpToTheWindowsLastInstantThenTheResolutionCloses() {
            EvaluationFacts resolved = AnEvaluation.in(RESOLVED).facts();
            assertThat(WORKFLOW.appeal(resolved, WorkflowActor.user(AGENT), WHOLE, day(10)).isAllowed()).isTrue();
            assertThat(WORKFLOW.appeal(resolved, WorkflowActor.user(AGENT), WHOLE, day(10).plusMillis(1)))
                    .isEqualTo(conflict("The appeal window closed at 2026-12-11T09:00:00Z"));
            assertThat(WORKFLOW.lapse(resolved, day(10))).isEmpty();
            assertThat(WORKFLOW.lapse(resolved, day(11))).hasValue(new Lapse(CLOSED, day(10),
                    "Closed by default: the resolution was not appealed by 2026-12-11T09:00:00Z"));
        }

        @Test
        void theWindowsAStepOpensAreThePolicys() {
            WorkflowPolicy brisk = new WorkflowPolicy(Duration.ofDays(2), Duration.ofHours(48), Duration.ofDays(1), Duration.ofHours(24), true);
            EvaluationWorkflow workflow = new EvaluationWorkflow(brisk);
            assertThat(workflow.assignmentDue(AnEvaluation.ASSIGNED)).isEqualTo(day(2));
            assertThat(workflow.submit(AnEvaluation.in(DRAFT).facts(), WorkflowActor.user(EVALUATOR), day(1)))
                    .isEqualTo(new Allowed(SUBMITTED, day(3)));
            assertThat(workflow.dispute(AnEvaluation.in(SUBMITTED).facts(), WorkflowActor.user(AGENT), WHOLE, day(2)))
                    .isEqualTo(new Allowed(DISPUTED, day(3), true));
            assertThat(workflow.resolve(AnEvaluation.in(DISPUTED).facts(), WorkflowActor.reviewer(REVIEWER), UPHELD, day(3)))
                    .isEqualTo(new Allowed(RESOLVED, day(4)));
        }

        @Test
        void aWindowAlreadyOpenIsTheOneItsStepFixedWhateverThePolicySaysNow() {
            EvaluationWorkflow brisk = new EvaluationWorkflow(new WorkflowPolicy(Duration.ofHours(1), Duration.ofHours(1),
                    Duration.ofHours(1), Duration.ofHours(1), true));
            EvaluationFacts submitted = AnEvaluation.in(SUBMITTED).facts();
            assertThat(brisk.dispute(submitted, WorkflowActor.user(AGENT), WHOLE, day(8)).isAllowed())
                    .as("submitted on day 1 with a week to answer").isTrue();
            assertThat(brisk.lapse(submitted, day(7))).isEmpty();
            EvaluationFacts resolved = AnEvaluation.in(RESOLVED).facts();
            assertThat(brisk.appeal(resolved, WorkflowActor.user(AGENT), WHOLE, day(10)).isAllowed()).isTrue();

            EvaluationFacts shortened = AnEvaluation.in(SUBMITTED).due(day(1).plus(Duration.ofHours(1))).facts();
            assertThat(WORKFLOW.dispute(shortened, WorkflowActor.user(AGENT), WHOLE, day(2)))
                    .as("submitted under a one-hour window, the week of the default policy now does not reopen it")
                    .isEqualTo(conflict("The dispute window closed at 2026-12-02T10:00:00Z"));
            assertThat(WORKFLOW.lapse(shortened, day(2))).hasValue(new Lapse(ACKNOWLEDGED, day(1).plus(Duration.ofHours(1)),
                    "Acknowledged by default: neither acknowledged nor disputed by 2026-12-02T10:00:00Z"));
        }

        @Test
        void withoutAppealsAResolutionClosesTheEvaluation() {
            WorkflowPolicy noAppeals = new WorkflowPolicy(Duration.ofDays(7), Duration.ofDays(7), Duration.ofDays(5), Duration.ofDays(7), false);
            EvaluationWorkflow workflow = new EvaluationWorkflow(noAppeals);
            assertThat(workflow.dispute(AnEvaluation.in(SUBMITTED).facts(), WorkflowActor.user(AGENT), WHOLE, day(2)))
                    .isEqualTo(new Allowed(DISPUTED, day(7), false));
            assertThat(WORKFLOW.resolve(AnEvaluation.in(DISPUTED).disputedWithoutAppeal().facts(), WorkflowActor.reviewer(REVIEWER),
                    UPHELD, day(3))).as("disputed without appeals, resolved after the policy allowed them").isEqualTo(new Allowed(CLOSED, null));
            assertThat(workflow.resolve(AnEvaluation.in(DISPUTED).facts(), WorkflowActor.reviewer(REVIEWER), UPHELD, day(3)))
                    .as("disputed while appeals were allowed: the policy since changes nothing").isEqualTo(new Allowed(RESOLVED, day(10)));
            assertThat(workflow.appeal(AnEvaluation.in(RESOLVED).facts(), WorkflowActor.user(AGENT), WHOLE, day(4)).isAllowed()).isTrue();
            assertThat(WORKFLOW.appeal(AnEvaluation.in(RESOLVED).disputedWithoutAppeal().facts(), WorkflowActor.user(AGENT), WHOLE, day(4)))
                    .isEqualTo(conflict("The evaluation policy allowed no appeal when the evaluation was disputed"));
        }

        @Test
        void aWindowMustBePositiveAndAtMostAYear() {
            assertThatThrownBy(() -> new WorkflowPolicy(Duration.ofDays(7), Duration.ZERO, Duration.ofDays(5), Duration.ofDays(7), true))
                    .isInstanceOf(QualitySettingException.class).hasMessage("The window must be longer than zero")
                    .extracting("field").isEqualTo("acknowledgeWithin");
            assertThatThrownBy(() -> new WorkflowPolicy(null, Duration.ofDays(7), Duration.ofDays(5), Duration.ofDays(7), true))
                    .extracting("field").isEqualTo("submitWithin");
            assertThatThrownBy(() -> new WorkflowPolicy(Duration.ofDays(7), Duration.ofDays(7), Duration.ofDays(-1), Duration.ofDays(7), true))
                    .extracting("field").isEqualTo("resolveWithin");
            assertThatThrownBy(() -> new WorkflowPolicy(Duration.ofDays(7), Duration.ofDays(7), Duration.ofDays(5), Duration.ofDays(367), true))
                    .isInstanceOf(QualitySettingException.class).hasMessage("The window may be at most 366 days")
                    .extracting("field").isEqualTo("appealWithin");
        }

        @Test
        void windowsSetInHoursAreRefusedAllAtOnceOnTheirFields() {
            assertThat(WorkflowPolicy.ofHours(168, 168, 120, 168, true)).isEqualTo(WorkflowPolicy.DEFAULT);
            assertThat(WorkflowPolicy.ofHours(1, WorkflowPolicy.LONGEST_HOURS, 1, 1, false).acknowledgeWithin()).isEqualTo(Duration.ofDays(366));
            assertThatThrownBy(() -> WorkflowPolicy.ofHours(0, 168, -5, WorkflowPolicy.LONGEST_HOURS + 1, true))
                    .isInstanceOfSatisfying(QualitySettingException.class, e -> assertThat(e.getViolations()).extracting("field", "message")
                            .containsExactly(tuple("submitWithinHours", "The window must be longer than zero"),
                                    tuple("resolveWithinHours", "The window must be longer than zero"),
                                    tuple("appealWithinHours", "The window may be at most 366 days")));
        }
    }

    @Nested
    class Actors {

        @Test
        void onlyTheEvaluatorSubmits() {
            EvaluationFacts draft = AnEvaluation.in(DRAFT).facts();
            assertThat(WORKFLOW.submit(draft, WorkflowActor.reviewer(REVIEWER), NOW))
                    .isEqualTo(notPermitted("Only the evaluator may submit the evaluation"));
            assertThat(WORKFLOW.submit(draft, WorkflowActor.user(AGENT), NOW).isAllowed()).isFalse();
        }

        @Test
        void nobodyEvaluatesTheirOwnCall() {
            EvaluationFacts own = AnEvaluation.in(DRAFT).evaluatedBy(AGENT).facts();
            assertThat(WORKFLOW.submit(own, WorkflowActor.user(AGENT), NOW))
                    .isEqualTo(notPermitted("An evaluator may not evaluate their own call"));
        }

        @Test
        void onlyTheEvaluatedAgentAcknowledgesDisputesAndAppeals() {
            EvaluationFacts submitted = AnEvaluation.in(SUBMITTED).facts();
            WorkflowActor evaluator = WorkflowActor.user(EVALUATOR);
            WorkflowActor reviewer = WorkflowActor.reviewer(REVIEWER);
            assertThat(WORKFLOW.acknowledge(submitted, evaluator, NOW))
                    .isEqualTo(notPermitted("Only the evaluated agent may acknowledge the evaluation"));
            assertThat(WORKFLOW.dispute(submitted, reviewer, WHOLE, NOW))
                    .isEqualTo(notPermitted("Only the evaluated agent may dispute the evaluation"));
            assertThat(WORKFLOW.appeal(AnEvaluation.in(RESOLVED).facts(), WorkflowActor.user(99), WHOLE, NOW))
                    .isEqualTo(notPermitted("Only the evaluated agent may appeal the resolution"));
        }

        @Test
        void onlyAReviewerInScopeResolves() {
            assertThat(WORKFLOW.resolve(AnEvaluation.in(DISPUTED).facts(), WorkflowActor.user(REVIEWER), UPHELD, NOW))
                    .isEqualTo(notPermitted("Only a reviewer in scope may resolve a dispute"));
            assertThat(WORKFLOW.resolve(AnEvaluation.in(APPEALED).facts(), WorkflowActor.user(SECOND_REVIEWER), UPHELD, NOW))
                    .isEqualTo(notPermitted("Only a reviewer in scope may resolve an appeal"));
        }

        static Stream<Arguments> reviewersRefused() {
            return Stream.of(
                    Arguments.of(DISPUTED, EVALUATOR, "The reviewer of a dispute may not be its evaluator"),
                    Arguments.of(DISPUTED, AGENT, "The agent may not resolve their own dispute"),
                    Arguments.of(APPEALED, REVIEWER, "The reviewer of an appeal may not be the reviewer of the dispute"),
                    Arguments.of(APPEALED, EVALUATOR, "The reviewer of an appeal may not be its evaluator"),
                    Arguments.of(APPEALED, AGENT, "The agent may not resolve their own appeal"));
        }

        /** Even when the access layer counts them reviewers in scope. */
        @ParameterizedTest(name = "{0} by {1}")
        @MethodSource("reviewersRefused")
        void theReviewerIsNeitherTheEvaluatorNorTheAgentNorForAnAppealTheFirstReviewer(EvaluationState state, long reviewer,
                                                                                        String refusal) {
            assertThat(WORKFLOW.resolve(AnEvaluation.in(state).facts(), WorkflowActor.reviewer(reviewer), UPHELD, NOW))
                    .isEqualTo(notPermitted(refusal));
        }

        @Test
        void anyOtherReviewerInScopeResolves() {
            assertThat(WORKFLOW.resolve(AnEvaluation.in(DISPUTED).facts(), WorkflowActor.reviewer(REVIEWER), RE_SCORED, NOW))
                    .isEqualTo(new Allowed(RESOLVED, NOW.plus(Duration.ofDays(7))));
            assertThat(WORKFLOW.resolve(AnEvaluation.in(APPEALED).facts(), WorkflowActor.reviewer(SECOND_REVIEWER), UPHELD, NOW))
                    .isEqualTo(new Allowed(CLOSED, null));
        }
    }

    @Nested
    class Input {

        @Test
        void aDisputeOrAppealSaysWhy() {
            EvaluationFacts submitted = AnEvaluation.in(SUBMITTED).facts();
            assertThat(WORKFLOW.dispute(submitted, WorkflowActor.user(AGENT), Dispute.ofWhole("  "), NOW))
                    .isEqualTo(invalid("reason", "Say why you dispute the evaluation"));
            assertThat(WORKFLOW.dispute(submitted, WorkflowActor.user(AGENT), Dispute.ofWhole(null), NOW).isAllowed()).isFalse();
            assertThat(WORKFLOW.appeal(AnEvaluation.in(RESOLVED).facts(), WorkflowActor.user(AGENT), Dispute.ofWhole(""), NOW))
                    .isEqualTo(invalid("reason", "Say why you appeal the resolution"));
        }

        @Test
        void aReasonHasAtMost2000Characters() {
            EvaluationFacts submitted = AnEvaluation.in(SUBMITTED).facts();
            String longest = "r".repeat(EvaluationWorkflow.REASON_LENGTH);
            assertThat(WORKFLOW.dispute(submitted, WorkflowActor.user(AGENT), Dispute.ofWhole(longest), NOW).isAllowed()).isTrue();
            assertThat(WORKFLOW.dispute(submitted, WorkflowActor.user(AGENT), Dispute.ofWhole(longest + "r"), NOW))
                    .isEqualTo(invalid("reason", "At most 2000 characters"));
        }

        @Test
        void aDisputeNamesOnlyQuestionsOfTheEvaluationsForm() {
            EvaluationFacts submitted = AnEvaluation.in(SUBMITTED).facts();
            Dispute onTwo = Dispute.ofQuestions("I did verify the account", "q1", "q3");
            assertThat(onTwo.isOfWhole()).isFalse();
            assertThat(WORKFLOW.dispute(submitted, WorkflowActor.user(AGENT), onTwo, NOW).isAllowed()).isTrue();
            assertThat(WORKFLOW.dispute(submitted, WorkflowActor.user(AGENT), Dispute.ofQuestions("why", "q1", "q9", "q4"), NOW))
                    .isEqualTo(invalid("questionKeys", "The evaluation's form has no question q4, q9"));
            assertThat(WORKFLOW.appeal(AnEvaluation.in(RESOLVED).facts(), WorkflowActor.user(AGENT), Dispute.ofQuestions("why", "q7"), NOW))
                    .isEqualTo(invalid("questionKeys", "The evaluation's form has no question q7"));
        }

        @Test
        void aResolutionSaysWhetherAndWhy() {
            EvaluationFacts disputed = AnEvaluation.in(DISPUTED).facts();
            WorkflowActor reviewer = WorkflowActor.reviewer(REVIEWER);
            assertThat(WORKFLOW.resolve(disputed, reviewer, new Resolution(null, "fine"), NOW))
                    .isEqualTo(invalid("outcome", "Choose whether the evaluation is upheld or re-scored"));
            assertThat(WORKFLOW.resolve(disputed, reviewer, new Resolution(Outcome.UPHELD, " "), NOW))
                    .isEqualTo(invalid("note", "Say why the evaluation is upheld"));
            assertThat(WORKFLOW.resolve(disputed, reviewer, new Resolution(Outcome.RE_SCORED, null), NOW))
                    .isEqualTo(invalid("note", "Say why the evaluation is re-scored"));
        }

        @Test
        void theStateIsRefusedBeforeThePersonAndThePersonBeforeTheInput() {
            assertThat(WORKFLOW.dispute(AnEvaluation.in(DRAFT).facts(), WorkflowActor.user(EVALUATOR), Dispute.ofWhole(""), NOW))
                    .extracting("refusal").isEqualTo(CONFLICT);
            assertThat(WORKFLOW.dispute(AnEvaluation.in(SUBMITTED).facts(), WorkflowActor.user(EVALUATOR), Dispute.ofWhole(""), NOW))
                    .extracting("refusal").isEqualTo(NOT_PERMITTED);
        }
    }
}
