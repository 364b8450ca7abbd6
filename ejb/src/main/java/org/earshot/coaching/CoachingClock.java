package org.earshot.coaching;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import java.time.Instant;
import org.earshot.access.SystemRole;

/** Settles the active goals whose due date has passed, from their computed progress: achieved or missed. */
// Started by the container's timer, not called by users.
@PermitAll
@RunAs(SystemRole.NAME)
@Stateless
public class CoachingClock {

    /** Who the audit trail says settled a goal at its due date: the system, not a person. */
    public static final String ACTOR = "coaching-timer";

    @EJB
    private CoachingService coaching;

    @Schedule(minute = "*", hour = "*", persistent = false, info = "coaching goals due")
    public void periodically() {
        coaching.settleDue(Instant.now());
    }
}
