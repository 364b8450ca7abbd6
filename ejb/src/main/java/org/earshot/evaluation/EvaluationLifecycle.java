package org.earshot.evaluation;

import java.math.BigDecimal;
import org.earshot.events.Aggregate;
import org.earshot.events.DomainEvent;
import org.earshot.events.EventType;

/** The domain events of evaluations (schemas in {@code events/evaluation.*.schema.json}). */
public final class EvaluationLifecycle {

    private EvaluationLifecycle() {
    }

    /**
     * An evaluation reached its final state, so its score is the one that counts for the agent:
     * acknowledged (by the agent, or by default when the window passed) or closed after a dispute.
     * Calibration evaluations never complete. Published in the call's history.
     */
    @EventType(name = "evaluation.completed", version = 1)
    public record Completed(long evaluationId, String callId, long agentId, String agent, String evaluator, long scorecardId,
                            int scorecardVersion, EvaluationState state, int revision, BigDecimal total, boolean autoFailed)
            implements DomainEvent {

        static Completed of(Evaluation evaluation) {
            EvaluationSummary summary = evaluation.summary();
            EvaluationRevision revision = evaluation.latestRevision().orElseThrow();
            return new Completed(summary.id(), summary.callId(), summary.agentId(), summary.agent(), summary.evaluator(),
                    summary.scorecardId(), summary.scorecardVersion(), summary.state(), revision.getNumber(), revision.getTotal(),
                    revision.isAutoFailed());
        }

        @Override
        public Aggregate aggregate() {
            return Aggregate.call(callId);
        }
    }
}
