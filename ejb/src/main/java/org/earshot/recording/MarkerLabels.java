package org.earshot.recording;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.earshot.monitoring.MonitoringSession;
import org.earshot.organization.User;
import org.earshot.telephony.api.CallEvent;

/**
 * What a marker says and who it names, from a call event: agents and supervisors by name and
 * username rather than extension (an extension changes hands), a monitoring session with its mode
 * and purpose.
 */
final class MarkerLabels {

    private static final String AGENT_KEY = "agent key";
    private static final String AUTO_RESUME = "auto-resume";

    private final EntityManager em;

    MarkerLabels(EntityManager em) {
        this.em = em;
    }

    /** "Ana Alves (1001)", or the extension alone when no user has it. */
    String agent(String extension) {
        return userAt(extension).map(user -> user.getDisplayName() + " (" + extension + ")").orElse(extension);
    }

    String usernameAt(String extension) {
        return userAt(extension).map(User::getUsername).orElse(extension);
    }

    /** "LISTEN, quality assurance": the mode the session started in, and why the supervisor monitors. */
    String monitoring(CallEvent event) {
        String mode = event.monitor() == null || event.monitor().mode() == null ? event.detail() : event.monitor().mode().name();
        return sessionOf(event).map(session -> mode + ", " + session.getPurpose().label()).orElse(mode);
    }

    String supervisor(CallEvent event) {
        return sessionOf(event).map(MonitoringSession::getSupervisorUsername)
                .orElse(event.monitor() == null ? null : event.monitor().supervisor());
    }

    /** Who paused or resumed: the username Earshot passed on, the agent for their keys, nobody for the auto-resume. */
    String pausedBy(CallEvent event) {
        if (AGENT_KEY.equals(event.detail())) {
            return usernameAt(event.agent());
        }
        return AUTO_RESUME.equals(event.detail()) ? null : event.detail();
    }

    // The monitoring receiver may not have matched the core's session id yet: match by call and phone too.
    private Optional<MonitoringSession> sessionOf(CallEvent event) {
        if (event.monitor() == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT s FROM MonitoringSession s WHERE s.telephonySessionId = :id"
                        + " OR (s.callId = :call AND s.supervisorExtension = :ext) ORDER BY s.id DESC", MonitoringSession.class)
                .setParameter("id", event.monitor().sessionId()).setParameter("call", event.callId())
                .setParameter("ext", event.monitor().supervisor()).setMaxResults(1).getResultStream().findFirst();
    }

    private Optional<User> userAt(String extension) {
        return extension == null ? Optional.empty() : em.createQuery("SELECT a.user FROM SipAccount a WHERE a.extension = :ext",
                User.class).setParameter("ext", extension).getResultStream().findFirst();
    }
}
