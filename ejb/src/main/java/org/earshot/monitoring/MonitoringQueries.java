package org.earshot.monitoring;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.earshot.calls.CallRecord;
import org.earshot.calls.CallState;
import org.earshot.organization.User;
import org.earshot.telephony.api.CallEvent;

/**
 * The queries the monitoring beans share: sessions (locked, {@code SELECT ... FOR UPDATE} on their
 * rows alone, where they are about to change), the calls they monitor and the users behind phones.
 */
final class MonitoringQueries {

    private final EntityManager em;

    MonitoringQueries(EntityManager em) {
        this.em = em;
    }

    List<MonitoringSession> liveSessionsOf(String callId) {
        return liveSessionsQuery(callId).getResultList();
    }

    List<MonitoringSession> lockedLiveSessionsOf(String callId) {
        return liveSessionsQuery(callId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    List<Long> liveSessionIds() {
        return em.createQuery("SELECT s.id FROM MonitoringSession s WHERE s.state <> :ended ORDER BY s.id", Long.class)
                .setParameter("ended", SessionState.ENDED).getResultList();
    }

    /**
     * The session an event is about, locked. A start commits its session before the phone rings but
     * learns the core's id only when the core answers, so an early event matches its session by call
     * and phone instead; one query for both, as a start that sets the id meanwhile must still match.
     */
    Optional<MonitoringSession> sessionOf(CallEvent event) {
        CallEvent.Monitor monitor = event.monitor();
        Optional<MonitoringSession> session = em.createQuery("SELECT s FROM MonitoringSession s WHERE s.telephonySessionId = :id"
                        + " OR (s.callId = :call AND s.supervisorExtension = :ext AND s.telephonySessionId IS NULL AND s.state <> :ended)"
                        + " ORDER BY s.id DESC", MonitoringSession.class)
                .setParameter("id", monitor.sessionId()).setParameter("call", event.callId())
                .setParameter("ext", monitor.supervisor()).setParameter("ended", SessionState.ENDED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(1).getResultStream().findFirst();
        session.filter(s -> s.getTelephonySessionId() == null).ifPresent(s -> s.identifyAs(monitor.sessionId()));
        return session;
    }

    /** The session, locked; null if there is none. */
    MonitoringSession locked(long id) {
        return em.find(MonitoringSession.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    Optional<CallRecord> call(String callId) {
        return em.createQuery("SELECT c FROM CallRecord c WHERE c.callId = :id", CallRecord.class)
                .setParameter("id", callId).getResultStream().findFirst();
    }

    /** The call a session monitors: its record exists, as sessions start only on recorded calls. */
    /** The call, its row locked ({@code SELECT ... FOR UPDATE}) so that a change and the call's events apply one after the other. */
    Optional<CallRecord> lockedCall(String callId) {
        return em.createQuery("SELECT c FROM CallRecord c WHERE c.callId = :id", CallRecord.class)
                .setParameter("id", callId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    /** The answered or held call the agent is on, if any. */
    Optional<CallRecord> answeredCallOf(User agent) {
        return em.createQuery("SELECT c FROM CallRecord c WHERE c.agent = :agent AND c.state IN :answered"
                        + " AND c.agentReleased = false ORDER BY c.startedAt DESC", CallRecord.class)
                .setParameter("agent", agent).setParameter("answered", List.of(CallState.ANSWERED, CallState.HELD))
                .setMaxResults(1).getResultStream().findFirst();
    }

    CallRecord callOf(MonitoringSession session) {
        return call(session.getCallId()).orElseThrow();
    }

    /** The user's phone extension, or null. */
    String extensionOf(User user) {
        return em.createQuery("SELECT a.extension FROM SipAccount a WHERE a.user = :user", String.class)
                .setParameter("user", user).getResultStream().findFirst().orElse(null);
    }

    /** The user whose phone has the extension, or null. */
    User userAt(String extension) {
        return em.createQuery("SELECT a.user FROM SipAccount a WHERE a.extension = :ext", User.class)
                .setParameter("ext", extension).getResultStream().findFirst().orElse(null);
    }

    Optional<User> userNamed(String username) {
        return em.createQuery("SELECT u FROM User u WHERE u.username = :name", User.class)
                .setParameter("name", username).getResultStream().findFirst();
    }

    private TypedQuery<MonitoringSession> liveSessionsQuery(String callId) {
        return em.createQuery("SELECT s FROM MonitoringSession s WHERE s.callId = :call AND s.state <> :ended ORDER BY s.id",
                MonitoringSession.class).setParameter("call", callId).setParameter("ended", SessionState.ENDED);
    }
}
