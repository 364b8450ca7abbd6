package org.earshot.telephony.call;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.earshot.telephony.api.MonitoringMode;

/**
 * What a supervisor dials to monitor an agent from its own phone: {@code *8} and the mode's key
 * ({@link MonitoringMode#key()}) and the agent's extension: {@code *81<ext>} listen, {@code *82<ext>} whisper,
 * {@code *83<ext>} barge, {@code *84<ext>} takeover. The supervisor's own
 * call becomes the monitoring leg; nobody calls it back.
 *
 * @param dialed the code as dialed (the star unescaped), which MONITOR_REQUESTED reports
 * @param mode   the mode asked for
 * @param agent  the agent's extension
 */
record MonitorCode(String dialed, MonitoringMode mode, String agent) {

    private static final Pattern CODE = Pattern.compile("\\*8([1-4])(\\d+)");

    /** The monitor code a dialed number is, if any; phones may send the star escaped as %2A. */
    static Optional<MonitorCode> parse(String dialed) {
        if (dialed == null) {
            return Optional.empty();
        }
        String digits = dialed.strip().replace("%2A", "*").replace("%2a", "*");
        Matcher code = CODE.matcher(digits);
        if (!code.matches()) {
            return Optional.empty();
        }
        return Optional.of(new MonitorCode(digits, MonitoringMode.ofKey(code.group(1)).orElseThrow(), code.group(2)));
    }
}
