package org.earshot.calls;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.earshot.events.ApplicationEvents;

/**
 * The telephony core keeps calls and agents' log-ins in memory only, so when the application starts
 * (and its resource adapter with it: the adapter is packaged in the EAR) the core has no call and
 * every agent is logged out. Call records still open and agents still logged in were left by the
 * previous run, which stopped before it could say how they ended: without this they would stay
 * open and logged in for ever. WildFly holds the message listeners' deliveries until the startup
 * singletons have started, so no report from the new core is overwritten here; and the adapter
 * tells every agent's state again when the listener starts, so an agent who logged in meanwhile
 * is shown logged in.
 */
@Singleton
@Startup
public class TelephonyRestart {

    /** The disposition of the calls closed here. */
    public static final String CUT_OFF = "Earshot restarted: the call's end is unknown";

    private static final Logger LOG = Logger.getLogger(TelephonyRestart.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ApplicationEvents events;

    @EJB
    private CallLedger ledger;

    @PostConstruct
    void closeWhatThePreviousRunLeftOpen() {
        Instant now = Instant.now();
        List<CallRecord> open = em.createQuery("SELECT c FROM CallRecord c WHERE c.state <> :ended", CallRecord.class)
                .setParameter("ended", CallState.ENDED).getResultList();
        for (CallRecord call : open) {
            call.cutOff(now, CUT_OFF);
            events.publish(CallLifecycle.ended(call), now);
            ledger.keep(call.getCallId());
        }
        int reset = 0;
        for (AgentState agent : em.createQuery("SELECT s FROM AgentState s", AgentState.class).getResultList()) {
            if (agent.loggedOutByRestart(now)) {
                events.publish(AgentStateChanged.of(agent.getAgent(), agent), now);
                reset++;
            }
        }
        if (!open.isEmpty() || reset > 0) {
            LOG.info("Telephony restarted: closed " + open.size() + " call record(s) left open, reset " + reset
                    + " agent(s) to logged out and idle");
        }
    }
}
