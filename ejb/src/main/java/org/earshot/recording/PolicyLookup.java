package org.earshot.recording;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.earshot.organization.CallQueue;

/** Finds the policy that applies to a queue's calls: its own, or the organization default. */
final class PolicyLookup {

    private final EntityManager em;

    PolicyLookup(EntityManager em) {
        this.em = em;
    }

    /** The queue's policy; the default for a direct call (no queue) or a queue without one of its own. */
    RecordingPolicy applyingTo(CallQueue queue) {
        return queue == null ? organizationDefault() : ownPolicyOf(queue).orElseGet(this::organizationDefault);
    }

    /** The policy of the queue named as call events name it (number or name); the default when it is none or unknown. */
    RecordingPolicy applyingToQueueCalled(String queue) {
        CallQueue called = queue == null ? null : em.createQuery("SELECT q FROM CallQueue q WHERE q.number = :q OR q.name = :q",
                CallQueue.class).setParameter("q", queue).getResultStream().findFirst().orElse(null);
        return applyingTo(called);
    }

    Optional<RecordingPolicy> ownPolicyOf(CallQueue queue) {
        return em.createQuery("SELECT p FROM RecordingPolicy p WHERE p.queue = :queue", RecordingPolicy.class)
                .setParameter("queue", queue).getResultStream().findFirst();
    }

    /** The organization default; the schema migration creates it and nothing deletes it. */
    RecordingPolicy organizationDefault() {
        return em.createQuery("SELECT p FROM RecordingPolicy p WHERE p.queue IS NULL", RecordingPolicy.class).getSingleResult();
    }
}
