package org.earshot.evaluation;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.earshot.recording.SpeechSignal;

/**
 * An answer a question proposes from a recording's speech signal ("no silence longer than 30 s":
 * YES when silenceLongestMs is at most 30000, else NO). The evaluator confirms or overrides it; a
 * proposal is never an answer by itself. Without the signal (no recording, not computed yet) nothing
 * is proposed, and nothing either when the comparison does not hold and no answer is given for that.
 */
public record SignalPreAnswer(SpeechSignal signal, Comparison comparison, long threshold, String whenTrue, String whenFalse) {

    /** The signal a form's JSON and the API name by this key. */
    public static Optional<SpeechSignal> signalOf(String key) {
        return Arrays.stream(SpeechSignal.values()).filter(s -> s.key().equals(key)).findFirst();
    }

    public Optional<String> proposal(Map<SpeechSignal, Long> signals) {
        Long value = signals.get(signal);
        if (value == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(comparison.holds(value, threshold) ? whenTrue : whenFalse);
    }
}
