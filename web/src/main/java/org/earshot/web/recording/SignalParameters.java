package org.earshot.web.recording;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.earshot.recording.SignalCriteria;
import org.earshot.recording.SpeechSignal;
import org.earshot.web.rest.InvalidRequestException;

/**
 * The recordings API's bounds on speech signals: query parameters {@code signalAtLeast} and
 * {@code signalAtMost}, each {@code key:value} in the signal's unit (milliseconds, percent or a
 * count), repeatable, e.g. {@code signalAtLeast=silenceLongestMs:30000}. A malformed one is a 400 on
 * its parameter.
 */
final class SignalParameters {

    static final String AT_LEAST = "signalAtLeast";
    static final String AT_MOST = "signalAtMost";
    private static final String KEYS = Arrays.stream(SpeechSignal.values()).map(SpeechSignal::key).collect(Collectors.joining(", "));

    private SignalParameters() {
    }

    static SignalCriteria criteria(List<String> atLeast, List<String> atMost) {
        SignalCriteria criteria = add(SignalCriteria.none(), atLeast, AT_LEAST, SignalCriteria::atLeast);
        return add(criteria, atMost, AT_MOST, SignalCriteria::atMost);
    }

    private interface Bound {
        SignalCriteria add(SignalCriteria criteria, SpeechSignal signal, Number value);
    }

    private static SignalCriteria add(SignalCriteria criteria, List<String> parameters, String name, Bound bound) {
        SignalCriteria more = criteria;
        for (String parameter : parameters == null ? List.<String>of() : parameters) {
            int colon = parameter.indexOf(':');
            String key = colon < 0 ? parameter : parameter.substring(0, colon);
            SpeechSignal signal = SpeechSignal.ofKey(key).orElseThrow(() -> new InvalidRequestException(name,
                    "'" + key + "' is no speech signal; write key:value with one of " + KEYS));
            more = bound.add(more, signal, value(colon < 0 ? "" : parameter.substring(colon + 1), name));
        }
        return more;
    }

    private static long value(String text, String name) {
        try {
            long value = Long.parseLong(text.trim());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, as a negative value is
        }
        throw new InvalidRequestException(name, "A speech signal's bound is a whole number, 0 or more, after the colon (key:value)");
    }
}
