package org.earshot.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.earshot.rules.FieldViolation;
import org.earshot.telephony.api.PlayedNotice;

/**
 * Which calls behind a number of the compliance dashboard to list: all of the filter's, those a notice was
 * played on (any, or one), the answered calls whose due announcement was not played, or those whose recording was paused;
 * optionally of one day of the range.
 */
public record ComplianceDrill(CallNumber number, PlayedNotice notice, LocalDate day) {

    public static final ComplianceDrill ALL_NOTICES = new ComplianceDrill(CallNumber.NOTICES, null, null);

    /** The number the calls are behind. */
    public enum CallNumber { CALLS, NOTICES, ANNOUNCEMENT_MISSED, PAUSED }

    public ComplianceDrill {
        number = number == null ? CallNumber.NOTICES : number;
    }

    /** What is wrong with it for the filter, each on its field. */
    public List<FieldViolation> faults(DashboardFilter filter) {
        List<FieldViolation> faults = new ArrayList<>();
        if (day != null && (day.isBefore(filter.from()) || day.isAfter(filter.to()))) {
            faults.add(new FieldViolation("day", "The day " + day + " is not within " + filter.from() + " to " + filter.to()));
        }
        if (notice != null && number != CallNumber.NOTICES) {
            faults.add(new FieldViolation("notice", "A notice narrows the calls with notices played (number NOTICES) only"));
        }
        return faults;
    }
}
