package org.earshot.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.earshot.query.Conditions;
import org.junit.jupiter.api.Test;

class SignalCriteriaTest {

    private static final SpeechSignals LONG_SILENCE = new SpeechSignals(60_000, 40_000, 40L, 45_000, 31_000, 3, 4000, 20_000, 15_000, 0);
    private static final SpeechSignals NOBODY_TALKED = new SpeechSignals(0, 0, null, 10_000, 10_000, 0, 0, 0, 0, 0);

    @Test
    void aRecordingMeetsCriteriaWhenItMeetsEveryBoundInclusive() {
        SignalCriteria criteria = SignalCriteria.none().atLeast(SpeechSignal.SILENCE_LONGEST_MS, 31_000)
                .atLeast(SpeechSignal.AGENT_TALK_PERCENT, 40).atMost(SpeechSignal.AGENT_TALK_PERCENT, 60)
                .atLeast(SpeechSignal.OVERTALK_COUNT, 3);

        assertThat(criteria.matches(LONG_SILENCE)).isTrue();
        assertThat(criteria.atMost(SpeechSignal.HOLD_MS, -1).matches(LONG_SILENCE)).isFalse();
        assertThat(criteria.atLeast(SpeechSignal.OVERTALK_COUNT, 4).matches(LONG_SILENCE)).isFalse();
    }

    @Test
    void noValueAddsNoBoundAndNoSignalsMeetNothing() {
        assertThat(SignalCriteria.none().atLeast(SpeechSignal.SILENCE_LONGEST_MS, null).isEmpty()).isTrue();
        assertThat(SignalCriteria.none().matches(null)).as("a recording without signals").isFalse();
        assertThat(SignalCriteria.none().matches(NOBODY_TALKED)).isTrue();
        assertThat(SignalCriteria.none().atMost(SpeechSignal.AGENT_TALK_PERCENT, 100).matches(NOBODY_TALKED))
                .as("no share when nobody talked").isFalse();
    }

    @Test
    void theDatabaseIsAskedByTheSignalsKeysWhichNameTheEntitysAttributes() {
        SignalCriteria criteria = SignalCriteria.none().atLeast(SpeechSignal.SILENCE_LONGEST_MS, 30_000)
                .atMost(SpeechSignal.AGENT_TALK_PERCENT, 60);

        assertThat(criteria.restrict(new Conditions(), "s").where())
                .isEqualTo(" WHERE s.silenceLongestMs >= :signal0 AND s.agentTalkPercent <= :signal1");
        Set<String> attributes = Arrays.stream(RecordingSpeech.class.getDeclaredFields()).map(Field::getName).collect(Collectors.toSet());
        assertThat(attributes).containsAll(Arrays.stream(SpeechSignal.values()).map(SpeechSignal::key).toList());
    }

    @Test
    void aSignalIsFoundByItsKeyAndItsValueReadByIt() {
        for (SpeechSignal signal : SpeechSignal.values()) {
            assertThat(SpeechSignal.ofKey(signal.key())).contains(signal);
        }
        assertThat(SpeechSignal.ofKey("silence")).isEmpty();
        assertThat(LONG_SILENCE.value(SpeechSignal.SILENCE_LONGEST_MS)).isEqualTo(31_000);
        assertThat(LONG_SILENCE.bySignal()).hasSize(SpeechSignal.values().length).containsEntry(SpeechSignal.AGENT_TALK_PERCENT, 40L);
        assertThat(NOBODY_TALKED.bySignal()).doesNotContainKey(SpeechSignal.AGENT_TALK_PERCENT)
                .containsEntry(SpeechSignal.SILENCE_LONGEST_MS, 10_000L);
        assertThat(new RecordingSpeech(null, LONG_SILENCE, RecordingSpeech.Source.RECORDER).signals()).isEqualTo(LONG_SILENCE);
    }
}
