package org.earshot.recording;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a recording's audio says about the conversation without a speech model: who talked how much,
 * silences, overtalk, monologues, hold. Computed per recording when it closes (docs/quality.md,
 * "Speech signals", defines each); recordings are filtered by them, sampling rules select calls by
 * them, and a scorecard question may be pre-answered from one. The key is how a form's JSON and the
 * REST API name the signal.
 */
public enum SpeechSignal {
    CALLER_TALK_MS("callerTalkMs", Unit.MILLISECONDS),
    AGENT_TALK_MS("agentTalkMs", Unit.MILLISECONDS),
    /** The agent's share of the time either party talked. */
    AGENT_TALK_PERCENT("agentTalkPercent", Unit.PERCENT),
    SILENCE_TOTAL_MS("silenceTotalMs", Unit.MILLISECONDS),
    SILENCE_LONGEST_MS("silenceLongestMs", Unit.MILLISECONDS),
    OVERTALK_COUNT("overtalkCount", Unit.COUNT),
    OVERTALK_MS("overtalkMs", Unit.MILLISECONDS),
    CALLER_MONOLOGUE_LONGEST_MS("callerMonologueLongestMs", Unit.MILLISECONDS),
    AGENT_MONOLOGUE_LONGEST_MS("agentMonologueLongestMs", Unit.MILLISECONDS),
    HOLD_MS("holdMs", Unit.MILLISECONDS);

    public enum Unit { MILLISECONDS, PERCENT, COUNT }

    private final String key;
    private final Unit unit;

    SpeechSignal(String key, Unit unit) {
        this.key = key;
        this.unit = unit;
    }

    public String key() {
        return key;
    }

    public Unit unit() {
        return unit;
    }

    /** The signal a form, a filter or the API names by its key. */
    public static Optional<SpeechSignal> ofKey(String key) {
        return Arrays.stream(values()).filter(signal -> signal.key.equals(key)).findFirst();
    }
}
