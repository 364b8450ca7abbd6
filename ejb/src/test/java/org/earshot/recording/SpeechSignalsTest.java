package org.earshot.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.recording.Conversation.marker;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The speech signals of generated stereo audio whose answers are known: a tone where a party talks,
 * a quiet line elsewhere, in spans on the 20 ms frame grid (docs/quality.md, "Speech signals").
 */
class SpeechSignalsTest {

    @Test
    void partiesTakingTurnsGiveTheirTalkTheAgentsShareAndTheSilencesBetween() {
        SpeechSignals signals = new Conversation(12_000).caller(0, 5000).agent(6000, 10_000).signals();

        assertThat(signals).isEqualTo(new SpeechSignals(5000, 4000, 44L, 3000, 2000, 0, 0, 5000, 4000, 0));
    }

    @Test
    void aPauseBetweenWordsIsTalkAndAClickIsNot() {
        SpeechSignals signals = new Conversation(10_000)
                .caller(0, 2000).caller(2200, 4000)
                .agent(5000, 5040)
                .agent(6000, 8000).signals();

        assertThat(signals.callerTalkMs()).as("200 ms between words is still talk").isEqualTo(4000);
        assertThat(signals.agentTalkMs()).as("a 40 ms click is not talk").isEqualTo(2000);
        assertThat(signals.silenceTotalMs()).as("the click does not break the silence around it").isEqualTo(4000);
        assertThat(signals.silenceLongestMs()).isEqualTo(2000);
    }

    @Test
    void aQuietGapOfThreeHundredMillisecondsEndsTheTalkAndSixtyMillisecondsAreTalk() {
        SpeechSignals signals = new Conversation(4000).caller(0, 1000).caller(1300, 2000).agent(3000, 3060).signals();

        assertThat(signals.callerTalkMs()).as("the 300 ms gap is not talk").isEqualTo(1700);
        assertThat(signals.agentTalkMs()).as("three frames are the shortest talk").isEqualTo(60);
    }

    @Test
    void aGapShorterThanASecondIsTheTurnPassingNotSilence() {
        SpeechSignals signals = new Conversation(6000).caller(0, 2000).agent(2900, 4000).caller(4000, 6000).signals();

        assertThat(signals.silenceTotalMs()).isZero();
        assertThat(signals.silenceLongestMs()).isZero();
    }

    @Test
    void overtalkNeedsHalfASecondOfBothTalking() {
        SpeechSignals signals = new Conversation(10_000)
                .caller(0, 6000)
                .agent(1000, 1400)
                .agent(4000, 8000).signals();

        assertThat(signals.overtalkCount()).as("the 400 ms backchannel is not overtalk").isEqualTo(1);
        assertThat(signals.overtalkMs()).isEqualTo(2000);
        assertThat(signals.callerTalkMs()).isEqualTo(6000);
        assertThat(signals.agentTalkMs()).isEqualTo(4400);
        assertThat(signals.callerMonologueLongestMs()).as("until the agent began to talk over the caller").isEqualTo(4000);
        assertThat(signals.agentMonologueLongestMs()).as("from when the caller stopped").isEqualTo(2000);
    }

    @Test
    void aMonologueGoesOnThroughAShortInterjectionAndEndsWhereTheOtherTalksForMoreThanASecond() {
        SpeechSignals signals = new Conversation(20_000)
                .caller(0, 20_000)
                .agent(5000, 5800)
                .agent(12_000, 14_000).signals();

        assertThat(signals.callerMonologueLongestMs()).isEqualTo(12_000);
        assertThat(signals.agentMonologueLongestMs()).as("the agent never had the floor").isZero();
        assertThat(signals.overtalkCount()).isEqualTo(2);
        assertThat(signals.overtalkMs()).isEqualTo(2800);
    }

    @Test
    void aSilenceEndsAMonologueAndAShorterGapDoesNot() {
        assertThat(new Conversation(6000).caller(0, 3000).caller(4500, 6000).signals().callerMonologueLongestMs())
                .as("1.5 s of silence between").isEqualTo(3000);
        assertThat(new Conversation(6000).caller(0, 3000).caller(3800, 6000).signals().callerMonologueLongestMs())
                .as("800 ms between").isEqualTo(6000);
    }

    @Test
    void heldAndPausedSpansBelongToNoSignalButTheHold() {
        SpeechSignals signals = new Conversation(20_000)
                .caller(0, 4000)
                .agent(4000, 6000)
                .caller(10_000, 15_000)
                .agent(16_000, 18_000)
                .signals(List.of(marker(6000, MarkerType.RECORDING_PAUSED), marker(9000, MarkerType.RECORDING_RESUMED),
                        marker(10_000, MarkerType.HELD), marker(15_000, MarkerType.RESUMED)));

        assertThat(signals.holdMs()).isEqualTo(5000);
        assertThat(signals.callerTalkMs()).as("the caller's sound while on hold is not talk").isEqualTo(4000);
        assertThat(signals.agentTalkMs()).isEqualTo(4000);
        assertThat(signals.silenceTotalMs()).as("the pause and the hold are no silence; the seconds around them are")
                .isEqualTo(4000);
        assertThat(signals.silenceLongestMs()).isEqualTo(2000);
        assertThat(signals.agentMonologueLongestMs()).as("the pause ends the agent's monologue").isEqualTo(2000);
        assertThat(signals.callerMonologueLongestMs()).isEqualTo(4000);
    }

    @Test
    void aHoldNeverResumedLastsToTheEndAndARecordingWithoutTalkHasNoShare() {
        SpeechSignals signals = new Conversation(8000).signals(List.of(marker(5000, MarkerType.HELD)));

        assertThat(signals.holdMs()).isEqualTo(3000);
        assertThat(signals.agentTalkPercent()).isNull();
        assertThat(signals.silenceTotalMs()).isEqualTo(5000);
    }

    @Test
    void talkIsFortyDecibelsBelowFullScaleOrLouder() {
        SpeechSignals signals = new Conversation(3000).callerAt(-38, 0, 2000).agentAt(-42, 0, 2000).signals();

        assertThat(signals.callerTalkMs()).isEqualTo(2000);
        assertThat(signals.agentTalkMs()).isZero();
        assertThat(signals.agentTalkPercent()).isZero();
    }

    @Test
    void blocksOfAnySizeAndTheTrackReadBackAreHeardAlike() throws Exception {
        Conversation conversation = new Conversation(30_000).caller(130, 4470).agent(3010, 9990).caller(9000, 9050)
                .agent(15_000, 15_200).caller(15_230, 22_000).agent(21_000, 29_000);
        SpeechSignals expected = conversation.signals();

        for (int block : new int[] {1, 37, 160, 333, 1600, 8000}) {
            assertThat(new ConversationTimeline(conversation.heardInBlocks(block), TimelineSpans.none()).signals()).as("blocks of " + block)
                    .isEqualTo(expected);
        }
        assertThat(new ConversationTimeline(SpeechActivityMeter.of(conversation.track()), TimelineSpans.none()).signals())
                .isEqualTo(expected);
    }
}
