package org.earshot.evaluation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import java.time.Instant;
import org.earshot.access.SystemRole;

/** Closes calibration sessions at their due date; every quarter minute, so a session is late by seconds, not minutes. */
// Started by the container's timer, not called by users.
@PermitAll
@RunAs(SystemRole.NAME)
@Stateless
public class CalibrationClock {

    @EJB
    private CalibrationService calibrations;

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false, info = "calibration due dates")
    public void periodically() {
        calibrations.closeDue(Instant.now());
    }
}
