package org.earshot.demo;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditService;
import org.earshot.calls.CallRecord;
import org.earshot.evaluation.Answer;
import org.earshot.evaluation.Dispute;
import org.earshot.evaluation.Evaluation;
import org.earshot.evaluation.EvaluationAuditAction;
import org.earshot.evaluation.EvaluationWorkflow;
import org.earshot.evaluation.ScorecardVersion;
import org.earshot.evaluation.WorkflowActor;
import org.earshot.evaluation.WorkflowPolicy;
import org.earshot.organization.CallQueue;
import org.earshot.organization.User;

/**
 * Three Billing calls of the last hours that {@code qa} evaluated on the demo form, so that the Quality
 * pages have something to show: agent1's submitted (waiting for agent1), agent2's acknowledged, and
 * agent3's disputed on the outcome (waiting for a reviewer: {@code sup.billing}). Each call has a
 * recording ({@link DemoRecordings}) with a comment pinned to its long silence, unless the vault has no
 * keys (then the calls are unrecorded and the comments pinned to no moment). Each step is audited as its
 * demo user, as the evaluation service would.
 */
final class DemoEvaluations {

    private static final EvaluationWorkflow WORKFLOW = new EvaluationWorkflow(WorkflowPolicy.DEFAULT);

    private static final Duration TALK = Duration.ofSeconds(90);

    private final EntityManager em;
    private final AuditService audit;
    private final DemoRecordings recordings;
    private final ScorecardVersion form;
    private final CallQueue queue;
    private final User qa;

    DemoEvaluations(EntityManager em, AuditService audit, DemoRecordings recordings, ScorecardVersion form, CallQueue queue, User qa) {
        this.em = em;
        this.audit = audit;
        this.recordings = recordings;
        this.form = form;
        this.queue = queue;
        this.qa = qa;
    }

    void seed(User agent1, User agent2, User agent3, Instant now) throws IOException, GeneralSecurityException {
        // Calls of the last hours, each evaluated within the hour after it: the week's and today's tiles
        // show them on any day but in the first hours of a Monday (UTC).
        Instant first = now.minus(Duration.ofHours(4));
        evaluated(agent1, "1001", "+351 912 000 101", first, answers("resolved", "5", "4"),
                "Nine seconds of silence while looking up the invoice: say what you are doing.");
        Evaluation acknowledged = evaluated(agent2, "1002", "+351 912 000 102", first.plus(Duration.ofHours(1)),
                answers("nextSteps", "4", "3"), "A long silence here; the next steps were clear, but no summary at the end.");
        acknowledged.acknowledge(WORKFLOW, WorkflowActor.user(agent2.getId()), now.minus(Duration.ofMinutes(50)));
        audited(EvaluationAuditAction.EVALUATION_ACKNOWLEDGE, acknowledged, agent2, "acknowledged by the agent");
        Evaluation disputed = evaluated(agent3, "1003", "+351 912 000 103", first.plus(Duration.ofHours(2)),
                answers("unresolved", "3", "2"), "Silence while the refund was looked up; it was not confirmed to the caller.");
        disputed.dispute(WORKFLOW, WorkflowActor.user(agent3.getId()), Dispute.ofQuestions(
                "The refund was issued during the call; the caller hung up before I could confirm it.", "outcome"),
                agent3.getUsername(), now.minus(Duration.ofMinutes(30)));
        audited(EvaluationAuditAction.EVALUATION_DISPUTE, disputed, agent3, "disputed on [outcome]");
    }

    /** A finished call of the agent (at that extension) through the queue, evaluated and submitted by qa with a comment. */
    private Evaluation evaluated(User agent, String extension, String caller, Instant answered, Map<String, Answer> answers,
                                 String comment) throws IOException, GeneralSecurityException {
        String callId = "demo-evaluated-" + agent.getUsername();
        CallRecord call = new DemoCalls(em, queue).finished(callId, agent, extension, caller, answered, TALK);
        UUID recording = recordings.available() ? recordings.record(callId, answered, TALK) : null;

        Instant started = answered.plus(Duration.ofMinutes(40));
        Evaluation evaluation = new Evaluation(call, recording, null, agent, qa, form, started);
        evaluation.saveAnswers(answers);
        em.persist(evaluation);
        em.flush();
        audited(EvaluationAuditAction.EVALUATION_START, evaluation, qa, "started on the demo call of " + agent.getUsername());
        Long silence = recording == null ? null : DemoRecordings.SILENCE_AT.toMillis();
        evaluation.comment(comment, silence, "noLongSilence", qa.getUsername(), started.plus(Duration.ofMinutes(5)));
        evaluation.submit(WORKFLOW, WorkflowActor.user(qa.getId()), qa.getUsername(), started.plus(Duration.ofMinutes(10)));
        em.flush();
        audited(EvaluationAuditAction.EVALUATION_SUBMIT, evaluation, qa, "submitted with score "
                + evaluation.latestRevision().orElseThrow().getTotal());
        return evaluation;
    }

    /** Answers to every question the demo form shows when no hold was used; the outcome and two scales vary. */
    private static Map<String, Answer> answers(String outcome, String reason, String empathy) {
        return Map.ofEntries(Map.entry("greeting", Answer.of("YES")), Map.entry("verification", Answer.of("YES")),
                Map.entry("reason", Answer.of(reason)), Map.entry("empathy", Answer.of(empathy)), Map.entry("holdUsed", Answer.of("NO")),
                Map.entry("outcome", Answer.of(outcome)), Map.entry("accuracy", Answer.of("YES")),
                Map.entry("noLongSilence", Answer.of("YES")), Map.entry("summary", Answer.of("nextSteps".equals(outcome) ? "NO" : "YES")),
                Map.entry("anythingElse", Answer.of("YES")), Map.entry("brand", Answer.of("8")));
    }

    private void audited(EvaluationAuditAction action, Evaluation evaluation, User actor, String what) {
        audit.recordFor(actor.getUsername(), AuditEvent.of(action, "Evaluation", evaluation.getId(), what)
                .with("call", evaluation.getCallId()).with("state", evaluation.getState()));
    }
}
