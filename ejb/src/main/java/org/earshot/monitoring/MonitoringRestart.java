package org.earshot.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.earshot.audit.AuditService;

/**
 * The telephony core keeps monitoring sessions in memory only, as it does calls: sessions still
 * ringing or connected when the application starts were left by the previous run and are ended here,
 * audited, or they would count against their calls' limits and show in consoles for ever. Like
 * {@link org.earshot.calls.TelephonyRestart}, this runs before any call event of the new core is delivered.
 */
// Started by the container, not called by users: nothing to authorize.
@PermitAll
@Singleton
@Startup
public class MonitoringRestart {

    /** The end reason of the sessions ended here. */
    public static final String CUT_OFF = "Earshot restarted: the session's end is unknown";

    private static final Logger LOG = Logger.getLogger(MonitoringRestart.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditService audit;

    @PostConstruct
    void endWhatThePreviousRunLeftOpen() {
        Instant now = Instant.now();
        List<MonitoringSession> live = em.createQuery("SELECT s FROM MonitoringSession s WHERE s.state <> :ended", MonitoringSession.class)
                .setParameter("ended", SessionState.ENDED).getResultList();
        for (MonitoringSession session : live) {
            session.end(now, CUT_OFF);
            audit.recordAs(session.getSupervisorUsername(), MonitoringAudit.of(MonitoringAuditAction.MONITOR_END, session, MonitoringChannel.EARSHOT,
                    "ended: " + CUT_OFF));
        }
        if (!live.isEmpty()) {
            LOG.info("Telephony restarted: ended " + live.size() + " monitoring session(s) left open");
        }
    }
}
