package org.earshot.evaluation;

import static org.earshot.evaluation.WorkflowDecision.Refusal.CONFLICT;
import static org.earshot.evaluation.WorkflowDecision.Refusal.INVALID;
import static org.earshot.evaluation.WorkflowDecision.Refusal.NOT_PERMITTED;

import java.time.Instant;
import java.util.Optional;
import java.util.TreeSet;
import org.earshot.evaluation.WorkflowDecision.Allowed;
import org.earshot.evaluation.WorkflowDecision.Refused;

/**
 * The evaluation workflow's decisions, free of persistence: whether a person may take a step on an
 * evaluation now, the state it leads to and when the next party's window closes, and what happens
 * when the agent lets a window pass. The policy given here sets the windows a step opens; a window
 * already open is the one its step fixed on the evaluation ({@link EvaluationFacts#dueAt()}), so a
 * policy changed since moves no running clock. Staff deadlines (submit-by, resolve-by) only make an
 * evaluation overdue; a late evaluator or reviewer never costs the agent anything. Each refusal is a
 * sentence for people. docs/quality.md, "Evaluation workflow", is the specification.
 */
public final class EvaluationWorkflow {

    /** The longest reason a dispute, an appeal or a resolution may give. */
    public static final int REASON_LENGTH = 2000;

    private final WorkflowPolicy policy;

    public EvaluationWorkflow(WorkflowPolicy policy) {
        this.policy = policy;
    }

    /** When a draft assigned now is due: the evaluator's submit window. */
    public Instant assignmentDue(Instant assignedAt) {
        return assignedAt.plus(policy.submitWithin());
    }

    /** The evaluator hands the finished evaluation to the agent. */
    public WorkflowDecision submit(EvaluationFacts evaluation, WorkflowActor actor, Instant now) {
        return refusalToStep(evaluation, WorkflowStep.SUBMIT)
                .or(() -> actor.userId() == evaluation.evaluatorId() ? Optional.empty()
                        : refused(NOT_PERMITTED, null, "Only the evaluator may submit the evaluation"))
                .or(() -> evaluation.agentId() == evaluation.evaluatorId()
                        ? refused(NOT_PERMITTED, null, "An evaluator may not evaluate their own call") : Optional.empty())
                .map(WorkflowDecision.class::cast)
                .orElseGet(() -> new Allowed(EvaluationState.SUBMITTED, now.plus(policy.acknowledgeWithin())));
    }

    /**
     * The agent accepts the evaluation, or the resolution of their dispute. Late is fine: accepting
     * after the window has the same result the window's end would have had.
     */
    public WorkflowDecision acknowledge(EvaluationFacts evaluation, WorkflowActor actor, Instant now) {
        return refusalToStep(evaluation, WorkflowStep.ACKNOWLEDGE)
                .or(() -> byAgent(evaluation, actor, "acknowledge the evaluation"))
                .map(WorkflowDecision.class::cast)
                .orElseGet(() -> new Allowed(evaluation.state() == EvaluationState.SUBMITTED
                        ? EvaluationState.ACKNOWLEDGED : EvaluationState.CLOSED, null));
    }

    /**
     * The agent objects to the submitted evaluation, as a whole or to named questions, within the
     * window. The dispute fixes whether its resolution may be appealed: the agent disputes knowing
     * whether the resolution will be final.
     */
    public WorkflowDecision dispute(EvaluationFacts evaluation, WorkflowActor actor, Dispute dispute, Instant now) {
        return refusalToStep(evaluation, WorkflowStep.DISPUTE)
                .or(() -> byAgent(evaluation, actor, "dispute the evaluation"))
                .or(() -> refusalAfter(evaluation.dueAt(), now, "The dispute window closed at "))
                .or(() -> refusalOf(evaluation, dispute, "dispute the evaluation"))
                .map(WorkflowDecision.class::cast)
                .orElseGet(() -> new Allowed(EvaluationState.DISPUTED, now.plus(policy.resolveWithin()), policy.appealsAllowed()));
    }

    /**
     * A reviewer in scope settles a dispute (who is neither the evaluator nor the agent), or an appeal
     * (who is moreover not the dispute's reviewer). A resolution closes the evaluation unless the
     * dispute was made where appeals are allowed; an appeal's resolution always does.
     */
    public WorkflowDecision resolve(EvaluationFacts evaluation, WorkflowActor actor, Resolution resolution, Instant now) {
        boolean appeal = evaluation.state() == EvaluationState.APPEALED;
        String noun = appeal ? "appeal" : "dispute";
        String what = (appeal ? "an " : "a ") + noun;
        return refusalToStep(evaluation, WorkflowStep.RESOLVE)
                .or(() -> actor.reviewerInScope() ? Optional.empty()
                        : refused(NOT_PERMITTED, null, "Only a reviewer in scope may resolve " + what))
                .or(() -> actor.userId() == evaluation.evaluatorId()
                        ? refused(NOT_PERMITTED, null, "The reviewer of " + what + " may not be its evaluator") : Optional.empty())
                .or(() -> actor.userId() == evaluation.agentId()
                        ? refused(NOT_PERMITTED, null, "The agent may not resolve their own " + noun)
                        : Optional.empty())
                .or(() -> appeal && evaluation.reviewerId() != null && actor.userId() == evaluation.reviewerId()
                        ? refused(NOT_PERMITTED, null, "The reviewer of an appeal may not be the reviewer of the dispute")
                        : Optional.empty())
                .or(() -> refusalOf(resolution))
                .map(WorkflowDecision.class::cast)
                .orElseGet(() -> appeal || !evaluation.appealAllowed() ? new Allowed(EvaluationState.CLOSED, null)
                        : new Allowed(EvaluationState.RESOLVED, now.plus(policy.appealWithin())));
    }

    /**
     * The agent takes the resolution of their dispute to a second reviewer, where the policy allowed it
     * when they disputed, within the window the resolution opened.
     */
    public WorkflowDecision appeal(EvaluationFacts evaluation, WorkflowActor actor, Dispute appeal, Instant now) {
        return refusalToStep(evaluation, WorkflowStep.APPEAL)
                .or(() -> byAgent(evaluation, actor, "appeal the resolution"))
                .or(() -> evaluation.appealAllowed() ? Optional.empty()
                        : refused(CONFLICT, null, "The evaluation policy allowed no appeal when the evaluation was disputed"))
                .or(() -> refusalAfter(evaluation.dueAt(), now, "The appeal window closed at "))
                .or(() -> refusalOf(evaluation, appeal, "appeal the resolution"))
                .map(WorkflowDecision.class::cast)
                .orElseGet(() -> new Allowed(EvaluationState.APPEALED, now.plus(policy.resolveWithin())));
    }

    /**
     * What the passing of the agent's window does, if it has passed: a submitted evaluation neither
     * acknowledged nor disputed is acknowledged by default; a resolution not appealed closes. The
     * window is the one its step fixed on the evaluation.
     */
    public Optional<Lapse> lapse(EvaluationFacts evaluation, Instant now) {
        Instant closedAt = evaluation.dueAt();
        if (evaluation.calibration() || closedAt == null || !now.isAfter(closedAt)) {
            return Optional.empty();
        }
        return switch (evaluation.state()) {
            case SUBMITTED -> Optional.of(new Lapse(EvaluationState.ACKNOWLEDGED, closedAt,
                    "Acknowledged by default: neither acknowledged nor disputed by " + closedAt));
            case RESOLVED -> Optional.of(new Lapse(EvaluationState.CLOSED, closedAt,
                    "Closed by default: the resolution was not appealed by " + closedAt));
            default -> Optional.empty();
        };
    }

    private static Optional<Refused> refusalToStep(EvaluationFacts evaluation, WorkflowStep step) {
        if (evaluation.calibration()) {
            return refused(CONFLICT, null, "A calibration evaluation stays in its calibration session and cannot be " + step.done());
        }
        if (!step.allowedIn(evaluation.state())) {
            return refused(CONFLICT, null, "An evaluation in " + evaluation.state() + " cannot be " + step.done());
        }
        return Optional.empty();
    }

    private static Optional<Refused> byAgent(EvaluationFacts evaluation, WorkflowActor actor, String what) {
        return actor.userId() == evaluation.agentId() ? Optional.empty()
                : refused(NOT_PERMITTED, null, "Only the evaluated agent may " + what);
    }

    /** A window is open up to and including the instant it closes. */
    private static Optional<Refused> refusalAfter(Instant closesAt, Instant now, String closed) {
        return closesAt != null && now.isAfter(closesAt) ? refused(CONFLICT, null, closed + closesAt) : Optional.empty();
    }

    private static Optional<Refused> refusalOf(EvaluationFacts evaluation, Dispute dispute, String what) {
        Optional<Refused> reason = refusalOfText(dispute.reason(), "reason", "Say why you " + what);
        if (reason.isPresent()) {
            return reason;
        }
        TreeSet<String> unknown = new TreeSet<>(dispute.questionKeys());
        unknown.removeAll(evaluation.questionKeys());
        return unknown.isEmpty() ? Optional.empty()
                : refused(INVALID, "questionKeys", "The evaluation's form has no question " + String.join(", ", unknown));
    }

    private static Optional<Refused> refusalOf(Resolution resolution) {
        if (resolution.outcome() == null) {
            return refused(INVALID, "outcome", "Choose whether the evaluation is upheld or re-scored");
        }
        return refusalOfText(resolution.note(), "note", "Say why the evaluation is "
                + (resolution.outcome() == Resolution.Outcome.UPHELD ? "upheld" : "re-scored"));
    }

    private static Optional<Refused> refusalOfText(String text, String field, String missing) {
        if (text == null || text.isBlank()) {
            return refused(INVALID, field, missing);
        }
        if (text.length() > REASON_LENGTH) {
            return refused(INVALID, field, "At most " + REASON_LENGTH + " characters");
        }
        return Optional.empty();
    }

    private static Optional<Refused> refused(WorkflowDecision.Refusal refusal, String field, String reason) {
        return Optional.of(new Refused(refusal, field, reason));
    }
}
