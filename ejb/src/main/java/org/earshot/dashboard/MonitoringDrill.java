package org.earshot.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.earshot.monitoring.MonitoringPurpose;
import org.earshot.rules.FieldViolation;
import org.earshot.telephony.api.MonitoringMode;

/**
 * Which monitoring sessions behind a number of the monitoring dashboard to list: all of the filter's, or
 * those of a supervisor, counted under a mode, of a purpose, in a band of duration or of a day; or those
 * connected now ({@code live}, whatever the range).
 */
public record MonitoringDrill(Long supervisor, MonitoringMode mode, MonitoringPurpose purpose, Integer band, LocalDate day, boolean live) {

    public static final MonitoringDrill ALL = new MonitoringDrill(null, null, null, null, null, false);

    /** Where the bands of duration end, in seconds: under a minute, to 5, 15 and 30 minutes, and longer. */
    static final long[] BAND_ENDS = {60, 300, 900, 1800};
    static final String[] BAND_LABELS = {"under 1 min", "1 to 5 min", "5 to 15 min", "15 to 30 min", "30 min and over"};

    /** What is wrong with it, each on its field. */
    public List<FieldViolation> faults(DashboardFilter filter) {
        List<FieldViolation> faults = new ArrayList<>();
        if (band != null && (band < 0 || band > BAND_ENDS.length)) {
            faults.add(new FieldViolation("band", "A band of duration is from 0 to " + BAND_ENDS.length));
        }
        if (day != null && (day.isBefore(filter.from()) || day.isAfter(filter.to()))) {
            faults.add(new FieldViolation("day", "The day " + day + " is not in the range"));
        }
        return faults;
    }

    /** The first second of a band. */
    static long bandStart(int band) {
        return band == 0 ? 0 : BAND_ENDS[band - 1];
    }

    /** The second a band ends before, or null for the last. */
    static Long bandEnd(int band) {
        return band == BAND_ENDS.length ? null : BAND_ENDS[band];
    }
}
