package org.earshot.evaluation;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.earshot.calls.CallRecord;
import org.earshot.organization.CallQueue;

/** Finds the evaluation policy that applies to a call's evaluation: its queue's own, or the organization default. */
final class EvaluationPolicies {

    private final EntityManager em;

    EvaluationPolicies(EntityManager em) {
        this.em = em;
    }

    /** The workflow whose windows a step on an evaluation of this call opens now. */
    EvaluationWorkflow workflowFor(String callId) {
        CallQueue queue = QualityLookups.findCall(em, callId).map(CallRecord::getQueue).orElse(null);
        return new EvaluationWorkflow(applyingTo(queue).workflow());
    }

    /** The queue's policy; the default for a direct call (no queue) or a queue without one of its own. */
    EvaluationPolicy applyingTo(CallQueue queue) {
        return queue == null ? organizationDefault() : ownPolicyOf(queue).orElseGet(this::organizationDefault);
    }

    Optional<EvaluationPolicy> ownPolicyOf(CallQueue queue) {
        return em.createQuery("SELECT p FROM EvaluationPolicy p WHERE p.queue = :queue", EvaluationPolicy.class)
                .setParameter("queue", queue).getResultStream().findFirst();
    }

    /** The organization default; the schema migration creates it and nothing deletes it. */
    EvaluationPolicy organizationDefault() {
        return em.createQuery("SELECT p FROM EvaluationPolicy p WHERE p.queue IS NULL", EvaluationPolicy.class).getSingleResult();
    }
}
