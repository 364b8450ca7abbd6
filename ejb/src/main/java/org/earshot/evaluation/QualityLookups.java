package org.earshot.evaluation;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.earshot.access.AccessDeniedException;
import org.earshot.access.AccessService;
import org.earshot.calls.CallRecord;
import org.earshot.organization.NotFoundException;
import org.earshot.organization.User;

/** What the quality services look up alike: the call an evaluation or calibration is of, and who is asking. */
final class QualityLookups {

    private QualityLookups() {
    }

    static CallRecord call(EntityManager em, String callId) {
        return findCall(em, callId).orElseThrow(() -> new NotFoundException("Call " + callId + " does not exist"));
    }

    static Optional<CallRecord> findCall(EntityManager em, String callId) {
        return em.createQuery("SELECT c FROM CallRecord c WHERE c.callId = :call", CallRecord.class).setParameter("call", callId)
                .getResultStream().findFirst();
    }

    static User caller(EntityManager em, AccessService access) {
        return em.createQuery("SELECT u FROM User u WHERE u.username = :name", User.class).setParameter("name", access.callerName())
                .getResultStream().findFirst().orElseThrow(() -> new AccessDeniedException("unknown user " + access.callerName()));
    }
}
