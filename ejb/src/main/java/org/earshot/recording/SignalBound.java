package org.earshot.recording;

/** A bound on one speech signal, in its unit: at least or at most the value, inclusive. */
public record SignalBound(SpeechSignal signal, Comparison comparison, long value) {

    public enum Comparison {
        AT_LEAST(">="), AT_MOST("<=");

        private final String operator;

        Comparison(String operator) {
            this.operator = operator;
        }

        String operator() {
            return operator;
        }
    }

    public SignalBound {
        if (signal == null || comparison == null) {
            throw new IllegalArgumentException("a bound needs its signal and its comparison");
        }
    }

    /** Whether the signals meet it; a signal without a value (the agent's share when nobody talked) meets none. */
    public boolean matches(SpeechSignals signals) {
        Long actual = signals.value(signal);
        return actual != null && (comparison == Comparison.AT_LEAST ? actual >= value : actual <= value);
    }
}
