package org.earshot.recording;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * One recording's speech signals ({@link SpeechSignal} names each; docs/quality.md, "Speech signals",
 * defines them). The components are named by the signals' keys, so the JSON of a recording carries
 * them under the same names as the filters and forms use.
 *
 * @param agentTalkPercent null when neither party talked
 */
public record SpeechSignals(long callerTalkMs, long agentTalkMs, Long agentTalkPercent, long silenceTotalMs,
                            long silenceLongestMs, long overtalkCount, long overtalkMs, long callerMonologueLongestMs,
                            long agentMonologueLongestMs, long holdMs) {

    /**
     * The values by signal, leaving out a signal without one: as a form proposes answers from them
     * ({@code Form.proposedAnswers}) and a sampling rule holds a call's (by key).
     */
    public Map<SpeechSignal, Long> bySignal() {
        Map<SpeechSignal, Long> bySignal = new EnumMap<>(SpeechSignal.class);
        Arrays.stream(SpeechSignal.values()).filter(signal -> value(signal) != null)
                .forEach(signal -> bySignal.put(signal, value(signal)));
        return bySignal;
    }

    /** The signal's value in its unit; null when it has none (the agent's share when nobody talked). */
    public Long value(SpeechSignal signal) {
        // Every arm a Long: with one long arm the switch would be numeric and unbox a null share.
        return switch (signal) {
            case CALLER_TALK_MS -> Long.valueOf(callerTalkMs);
            case AGENT_TALK_MS -> Long.valueOf(agentTalkMs);
            case AGENT_TALK_PERCENT -> agentTalkPercent;
            case SILENCE_TOTAL_MS -> Long.valueOf(silenceTotalMs);
            case SILENCE_LONGEST_MS -> Long.valueOf(silenceLongestMs);
            case OVERTALK_COUNT -> Long.valueOf(overtalkCount);
            case OVERTALK_MS -> Long.valueOf(overtalkMs);
            case CALLER_MONOLOGUE_LONGEST_MS -> Long.valueOf(callerMonologueLongestMs);
            case AGENT_MONOLOGUE_LONGEST_MS -> Long.valueOf(agentMonologueLongestMs);
            case HOLD_MS -> Long.valueOf(holdMs);
        };
    }
}
