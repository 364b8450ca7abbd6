package org.earshot.recording;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Which of some calls are being recorded now, for views that list calls under way (the supervisor's console). */
public final class RecordedCalls {

    private RecordedCalls() {
    }

    /** The ids among callIds whose recording is under way; the caller has scoped the calls already. */
    public static Set<String> beingRecorded(EntityManager em, Collection<String> callIds) {
        if (callIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT r.callId FROM Recording r WHERE r.callId IN :calls AND r.status = :recording",
                String.class).setParameter("calls", callIds).setParameter("recording", RecordingStatus.RECORDING).getResultList());
    }
}
