package org.earshot.evaluation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.earshot.access.SystemRole;
import org.earshot.rules.RuleViolation;

/**
 * Draws each active sampling rule once its period has ended (a week from Monday, a month, in the
 * rule's zone), every hour, so that a restart or a late deployment still draws it. Each rule is drawn
 * in a transaction of its own: a rule that cannot be drawn (its form retired) does not hold up the others.
 */
// Started by the container's timer, not called by users.
@PermitAll
@RunAs(SystemRole.NAME)
@Stateless
public class SamplingClock {

    private static final Logger LOG = Logger.getLogger(SamplingClock.class.getName());

    @EJB
    private SamplingService sampling;

    @Schedule(minute = "7", hour = "*", persistent = false, info = "sampling draws")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void hourly() {
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
