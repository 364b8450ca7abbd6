package org.earshot.evaluation;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.earshot.recording.SpeechSignal;

/**
 * A condition on one of a call's speech signals, written as a rule names it:
 * {@code silenceLongestMs >= 30000}. A call whose signal was not computed does not meet it.
 */
public record SignalCondition(SpeechSignal signal, Comparison comparison, double threshold) {

    public enum Comparison {
        AT_LEAST(">="), AT_MOST("<="), MORE_THAN(">"), LESS_THAN("<"), EQUAL("=");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean holds(double value, double threshold) {
            return switch (this) {
                case AT_LEAST -> value >= threshold;
                case AT_MOST -> value <= threshold;
                case MORE_THAN -> value > threshold;
                case LESS_THAN -> value < threshold;
                case EQUAL -> value == threshold;
            };
        }
    }

    private static final Pattern WRITTEN = Pattern.compile("\\s*([A-Za-z]+)\\s*(>=|<=|>|<|=)\\s*(-?\\d+(?:\\.\\d+)?)\\s*");

    public SignalCondition {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(comparison, "comparison");
    }

    /** Reads a condition as written in a rule, refusing one that names no known signal or is not a comparison. */
    public static SignalCondition parse(String written) {
        Matcher m = WRITTEN.matcher(written == null ? "" : written);
        if (!m.matches()) {
            throw new QualitySettingException("signals", "Write a signal condition as: signal >= number, e.g. silenceLongestMs >= 30000");
        }
        SpeechSignal signal = Arrays.stream(SpeechSignal.values()).filter(s -> s.key().equals(m.group(1))).findFirst()
                .orElseThrow(() -> new QualitySettingException("signals", "There is no speech signal " + m.group(1) + "; there are "
                        + Arrays.stream(SpeechSignal.values()).map(SpeechSignal::key).collect(Collectors.joining(", "))));
        Comparison comparison = Arrays.stream(Comparison.values()).filter(c -> c.symbol.equals(m.group(2))).findFirst().orElseThrow();
        return new SignalCondition(signal, comparison, Double.parseDouble(m.group(3)));
    }

    /** Whether the call's signals, keyed as {@link SpeechSignal#key()} names them, meet the condition. */
    public boolean isMetBy(Map<String, Double> signals) {
        Double value = signals.get(signal.key());
        return value != null && comparison.holds(value, threshold);
    }

    /** As written in a rule, so that a pick's explanation and the rule read the same. */
    @Override
    public String toString() {
        String number = threshold == Math.rint(threshold) && Math.abs(threshold) < 1e15
                ? Long.toString((long) threshold) : Double.toString(threshold);
        return signal.key() + " " + comparison.symbol + " " + number;
    }
}
