package org.earshot.evaluation;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.earshot.recording.SpeechSignal;

/**
 * An answer a question proposes from a recording's speech signal ("no silence longer than 30 s":
 * YES when {@code silenceLongestMs <= 30000}, else NO): a {@link SignalCondition}, as sampling rules
 * write them, and the answers to propose when it holds and, optionally, when it does not. The
 * evaluator confirms or overrides it; a proposal is never an answer by itself. Without the signal (no
 * recording, not computed yet) nothing is proposed.
 */
public record SignalPreAnswer(SignalCondition condition, String whenTrue, String whenFalse) {

    /** The signal a form's JSON and the API name by this key. */
    public static Optional<SpeechSignal> signalOf(String key) {
        return Arrays.stream(SpeechSignal.values()).filter(s -> s.key().equals(key)).findFirst();
    }

    public Optional<String> proposal(Map<SpeechSignal, Long> signals) {
        Long value = signals.get(condition.signal());
        if (value == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(condition.comparison().holds(value, condition.threshold()) ? whenTrue : whenFalse);
    }
}
