package org.earshot.evaluation;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.earshot.access.SystemRole;
import org.earshot.rules.RuleViolation;

/**
 * Draws each active sampling rule once its period has ended (a week from Monday, a month, in the
 * rule's zone): every hour, and once shortly after start-up, so that a server that was down when a
 * period ended draws it at once. Each rule is drawn in a transaction of its own: a rule that cannot be
 * drawn (its form retired) does not hold up the others, and is tried again the next hour.
 */
// Started by the container's timers, not called by users.
@PermitAll
@RunAs(SystemRole.NAME)
@Singleton
@Startup
public class SamplingClock {

    private static final Logger LOG = Logger.getLogger(SamplingClock.class.getName());
    /** Long enough for the deployment (and the demo's seeding) to finish first. */
    private static final long CATCH_UP_DELAY_MS = 10_000;

    @EJB
    private SamplingService sampling;

    @Resource
    private TimerService timers;

    @PostConstruct
    void catchUpAfterStart() {
        timers.createSingleActionTimer(CATCH_UP_DELAY_MS, new TimerConfig("sampling draws after start-up", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void afterStart() {
        drawEnded();
    }

    @Schedule(minute = "7", hour = "*", persistent = false, info = "sampling draws")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void hourly() {
        drawEnded();
    }

    private void drawEnded() {
        Instant now = Instant.now();
        for (long rule : sampling.dueForDraw(now)) {
            try {
                sampling.drawEnded(rule, now);
            } catch (RuleViolation | EJBException e) {
                LOG.log(Level.WARNING, "Sampling rule " + rule + " was not drawn: " + e.getMessage(), e);
            }
        }
    }
}
