package org.earshot.evaluation;

import java.time.Duration;
import java.util.List;
import org.earshot.calls.CallDirection;

/**
 * Which calls a sampling rule is after: duration bounds, direction, monitored or not, speech signal
 * conditions. Unlike a rule's eligibility (an evaluable recording in the period), these are
 * preferences a per-agent minimum may relax.
 *
 * @param shortest   the shortest call wanted, or null
 * @param longest    the longest call wanted, or null
 * @param direction  the only direction wanted, or null for any
 * @param monitoring whether a supervisor must have monitored the call live, must not have, or either
 * @param signals    conditions every one of which the call's speech signals meet
 */
public record CallCriteria(Duration shortest, Duration longest, CallDirection direction, Monitoring monitoring,
                           List<SignalCondition> signals) {

    /** Every call. */
    public static final CallCriteria ANY = new CallCriteria(null, null, null, Monitoring.EITHER, List.of());

    public enum Monitoring { EITHER, MONITORED, UNMONITORED }

    public CallCriteria {
        monitoring = monitoring == null ? Monitoring.EITHER : monitoring;
        signals = signals == null ? List.of() : List.copyOf(signals);
        if (shortest != null && shortest.isNegative()) {
            throw new QualitySettingException("shortest", "A duration cannot be negative");
        }
        if (shortest != null && longest != null && longest.compareTo(shortest) < 0) {
            throw new QualitySettingException("longest", "The longest call wanted is shorter than the shortest");
        }
    }

    public boolean isMetBy(SamplingCandidate call) {
        return (shortest == null || call.duration().compareTo(shortest) >= 0)
                && (longest == null || call.duration().compareTo(longest) <= 0)
                && (direction == null || direction == call.direction())
                && (monitoring == Monitoring.EITHER || (monitoring == Monitoring.MONITORED) == call.monitored())
                && signals.stream().allMatch(condition -> condition.isMetBy(call.signals()));
    }
}
