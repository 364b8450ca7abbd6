package org.earshot.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.earshot.calls.CallLedger;
import org.earshot.rules.FieldViolation;

/**
 * Which calls behind a number of the operations dashboard to list: all of the filter's, the answered,
 * the not answered or those with speech signals; optionally of one day of the range, or answered and
 * handled within one band (0 to 5). A team's or queue's row is the filter narrowed to it.
 */
public record OperationsDrill(CallNumber number, LocalDate day, Integer band) {

    public static final OperationsDrill ALL = new OperationsDrill(CallNumber.CALLS, null, null);

    /** The number the calls are behind. */
    public enum CallNumber { CALLS, ANSWERED, NOT_ANSWERED, WITH_SPEECH }

    public OperationsDrill {
        number = number == null ? CallNumber.CALLS : number;
    }

    /** What is wrong with it for the filter, each on its field. */
    public List<FieldViolation> faults(DashboardFilter filter) {
        List<FieldViolation> faults = new ArrayList<>();
        if (day != null && (day.isBefore(filter.from()) || day.isAfter(filter.to()))) {
            faults.add(new FieldViolation("day", "The day " + day + " is not within " + filter.from() + " to " + filter.to()));
        }
        if (band != null && (band < 0 || band > CallLedger.BAND_LIMITS.size())) {
            faults.add(new FieldViolation("band", "A band is from 0 to " + CallLedger.BAND_LIMITS.size()));
        }
        return faults;
    }
}
