package org.earshot.web.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.earshot.recording.SignalBound;
import org.earshot.recording.SignalCriteria;
import org.earshot.recording.SpeechSignal;
import org.earshot.web.rest.InvalidRequestException;
import org.junit.jupiter.api.Test;

class SignalParametersTest {

    @Test
    void eachParameterIsABoundOnTheSignalItsKeyNames() {
        SignalCriteria criteria = SignalParameters.criteria(List.of("silenceLongestMs:30000", "agentTalkPercent:40"),
                List.of("agentTalkPercent: 60"));

        assertThat(criteria.bounds()).containsExactly(
                new SignalBound(SpeechSignal.SILENCE_LONGEST_MS, SignalBound.Comparison.AT_LEAST, 30_000),
                new SignalBound(SpeechSignal.AGENT_TALK_PERCENT, SignalBound.Comparison.AT_LEAST, 40),
                new SignalBound(SpeechSignal.AGENT_TALK_PERCENT, SignalBound.Comparison.AT_MOST, 60));
        assertThat(SignalParameters.criteria(null, null).isEmpty()).isTrue();
    }

    @Test
    void anUnknownKeyOrAValueThatIsNoWholeNumberIsRefusedOnItsParameter() {
        assertThatThrownBy(() -> SignalParameters.criteria(List.of("silence:30000"), List.of()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.getErrors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("signalAtLeast"));
                    assertThat(e.getMessage()).contains("silenceLongestMs");
                });
        for (String bad : List.of("overtalkCount", "overtalkCount:", "overtalkCount:3.5", "overtalkCount:-1", "overtalkCount:many")) {
            assertThatThrownBy(() -> SignalParameters.criteria(List.of(), List.of(bad))).as(bad)
                    .isInstanceOfSatisfying(InvalidRequestException.class,
                            e -> assertThat(e.getErrors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("signalAtMost")));
        }
    }
}
