package org.earshot.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.telephony.api.RecordingEnd;
import org.earshot.telephony.testing.CollectingSink;
import org.earshot.telephony.testing.FreePorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Recording a relayed call on real loopback sockets: each party is a test socket sending a tone
 * of its own as µ-law RTP, and the sink must hold, on each channel, exactly the samples its party
 * sent, decoded, at their place on the timeline (silence where nothing came), and nothing else.
 */
class CallRecorderTest {

    private static final int FRAME = ToneTalker.FRAME;
    private static final int TELEPHONE_EVENT = 101;

    private MediaEngine engine;
    private RtpRelay relay;
    private ToneTalker caller;
    private ToneTalker agent;
    private final List<RecordingEnd> toldEnds = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openRelay() throws IOException {
        int base = FreePorts.rtp();
        engine = new MediaEngine("127.0.0.1", new PortRange(base, base + 20));
        relay = engine.openRelay();
        caller = new ToneTalker(440).talkTo(relay.portA());
        agent = new ToneTalker(1000).talkTo(relay.portB());
        relay.partyAt(RtpRelay.Side.A, caller.address());
        relay.partyAt(RtpRelay.Side.B, agent.address());
    }

    @AfterEach
    void close() {
        caller.close();
        agent.close();
        engine.close();
    }

    @Test
    void eachChannelHoldsExactlyItsPartysSamplesAndAGapIsSilenceOfItsLength() throws Exception {
        CollectingSink sink = new CollectingSink();
        record(sink, false, false).start();

        CompletableFuture<Void> callerTalks = CompletableFuture.runAsync(() -> quietly(() -> {
            caller.talk(25);
            caller.keepQuiet(25);
            caller.talk(25);
        }));
        agent.talk(75);
        callerTalks.join();
        awaitRead(relay.fromA(), caller.sent());
        awaitRead(relay.fromB(), agent.sent());
        relay.close();

        assertThat(sink.awaitEnd()).isEqualTo(RecordingEnd.CALL_ENDED);
        assertHoldsExactly("left", sink.caller(), caller.expected());
        assertHoldsExactly("right", sink.agent(), agent.expected());
        assertThat(sink.blocksWithSupervisor()).isZero();
        assertThat(toldEnds).containsExactly(RecordingEnd.CALL_ENDED);
        assertThat(sink.closings()).isEqualTo(1);
    }

    /** A phone that restarts its stream (another SSRC, a timestamp far off) is placed anew where it arrives. */
    @Test
    void aRestartedStreamIsAnchoredAnew() throws Exception {
        CollectingSink sink = new CollectingSink();
        record(sink, false, false).start();

        caller.talk(25);
        caller.restartStream();
        caller.keepQuiet(5);
        caller.talk(25);
        awaitRead(relay.fromA(), caller.sent());
        relay.close();

        sink.awaitEnd();
        short[] sent = caller.expected();
        assertHoldsExactly("left", sink.caller(), Arrays.copyOfRange(sent, 0, 25 * FRAME),
                Arrays.copyOfRange(sent, 30 * FRAME, sent.length));
    }

    /**
     * A party whose packets come late by more than the jitter allowance (its phone stalled, then sent
     * the backlog at once) is waited for, while the other party talks on time: nothing is left out.
     */
    @Test
    void aStreamThatFallsBehindIsWaitedForAndRecordedWhole() throws Exception {
        CollectingSink sink = new CollectingSink();
        record(sink, false, false).start();

        CompletableFuture<Void> callerTalks = CompletableFuture.runAsync(() -> quietly(() -> {
            caller.talk(25);
            caller.talkInABurstLate(40);
            caller.talk(25);
        }));
        agent.talk(90);
        callerTalks.join();
        awaitRead(relay.fromA(), caller.sent());
        awaitRead(relay.fromB(), agent.sent());
        relay.close();

        sink.awaitEnd();
        assertHoldsExactly("left", sink.caller(), caller.expected());
        assertHoldsExactly("right", sink.agent(), agent.expected());
    }

    /** A copy of a packet that comes long after its time is left out of the recording, and the end says so. */
    @Test
    void aPacketTooLateForTheTimelineIsLeftOutAndCountedInTheEnd() throws Exception {
        CollectingSink sink = new CollectingSink();
        record(sink, false, false).start();

        CompletableFuture<Void> callerTalks = CompletableFuture.runAsync(() -> quietly(() -> {
            caller.talk(60);
            caller.resendAnOldFrame(40);
            caller.talk(10);
        }));
        agent.talk(70);
        callerTalks.join();
        awaitRead(relay.fromA(), caller.sent());
        awaitRead(relay.fromB(), agent.sent());
        relay.close();

        RecordingEnd leavingOneOut = RecordingEnd.CALL_ENDED.leavingOut(1);
        assertThat(sink.awaitEnd()).isEqualTo(leavingOneOut);
        awaitToldEnd();
        assertThat(toldEnds).containsExactly(leavingOneOut);
        assertHoldsExactly("left", sink.caller(), caller.expected());
        assertHoldsExactly("right", sink.agent(), agent.expected());
    }

    @Test
    void aPausedSpanIsSilenceAndTheTimelineGoesOnThroughIt() throws Exception {
        CollectingSink sink = new CollectingSink();
        CallRecorder recorder = record(sink, false, false);
        recorder.start();

        caller.talk(30);
        recorder.pause();
        caller.talk(30);
        recorder.resume();
        caller.talk(30);
        awaitRead(relay.fromA(), caller.sent());
        relay.close();

        sink.awaitEnd();
        short[] left = sink.caller();
        short[] sent = caller.expected();
        int at = ToneTalker.find(left, sent, 0);
        assertThat(at).as("the caller's first frame in the recording").isGreaterThanOrEqualTo(0);
        int firstSilenced = -1;
        int lastSilenced = -1;
        for (int i = 0; i < sent.length; i++) {
            if (left[at + i] != sent[i]) {
                assertThat(left[at + i]).as("sample " + i + " differs from what was sent: only silence may replace it").isZero();
                firstSilenced = firstSilenced < 0 ? i : firstSilenced;
                lastSilenced = i;
            }
        }
        assertThat(lastSilenced - firstSilenced).as("the paused span, about 30 frames").isGreaterThan(25 * FRAME);
        assertThat(Arrays.copyOfRange(left, at + firstSilenced, at + lastSilenced)).as("silence throughout the pause")
                .containsOnly((short) 0);
        assertThat(Arrays.copyOfRange(left, at + sent.length, left.length)).containsOnly((short) 0);
    }

    /** After a transfer the right channel goes on with the new agent, a stream of its own from another address. */
    @Test
    void aTransferContinuesTheRightChannelWithTheNewAgent() throws Exception {
        CollectingSink sink = new CollectingSink();
        record(sink, false, false).start();
        try (ToneTalker newAgent = new ToneTalker(700).talkTo(relay.portB())) {
            agent.talk(25);
            awaitRead(relay.fromB(), agent.sent());
            relay.replaceParty(RtpRelay.Side.B, newAgent.address());
            newAgent.keepQuiet(5);
            newAgent.talk(25);
            awaitRead(relay.fromB(), agent.sent() + newAgent.sent());
            relay.close();

            sink.awaitEnd();
            short[] newAgentSent = newAgent.expected();
            assertHoldsExactly("right", sink.agent(), agent.expected(),
                    Arrays.copyOfRange(newAgentSent, 5 * FRAME, newAgentSent.length));
            assertThat(sink.caller()).containsOnly((short) 0);
        }
    }

    /** After a takeover the right channel goes on with the supervisor, whose port became the agent's side. */
    @Test
    void aTakeoverContinuesTheRightChannelWithTheSupervisor() throws Exception {
        CollectingSink sink = new CollectingSink();
        record(sink, true, false).start();
        MonitorPort port = relay.openMonitorPort(G711.PCMU);
        try (ToneTalker supervisor = new ToneTalker(1800).talkTo(port.port())) {
            port.partyAt(supervisor.address());
            agent.talk(25);
            awaitRead(relay.fromB(), agent.sent());
            relay.handOver(port);
            supervisor.keepQuiet(5);
            supervisor.talk(25);
            awaitRead(port.statistics(), supervisor.sent());
            relay.close();

            sink.awaitEnd();
            short[] supervisorSent = supervisor.expected();
            assertHoldsExactly("right", sink.agent(), agent.expected(),
                    Arrays.copyOfRange(supervisorSent, 5 * FRAME, supervisorSent.length));
            assertThat(sink.blocksWithSupervisor()).as("a supervisor who took over is the agent now").isZero();
        }
    }

    /** A supervisor someone hears is kept on the supervisor track, if the policy says so; a listener never. */
    @ParameterizedTest
    @CsvSource({"WHISPER, true, true", "BARGE, true, true", "WHISPER, false, false", "LISTEN, true, false"})
    void aHeardSupervisorIsOnTheSupervisorTrackOnlyWhenKept(MonitoringMode mode, boolean keep, boolean recorded)
            throws Exception {
        CollectingSink sink = new CollectingSink();
        record(sink, keep, false).start();
        MonitorPort port = relay.openMonitorPort(G711.PCMU);
        try (ToneTalker supervisor = new ToneTalker(1800).talkTo(port.port())) {
            port.partyAt(supervisor.address());
            relay.join(port, mode, G711.PCMU, G711.PCMU);
            CompletableFuture<Void> agentTalks = CompletableFuture.runAsync(() -> quietly(() -> agent.talk(25)));
            supervisor.talk(25);
            agentTalks.join();
            awaitRead(relay.fromB(), agent.sent());
            awaitRead(port.statistics(), supervisor.sent());
            relay.close();

            sink.awaitEnd();
            assertHoldsExactly("right", sink.agent(), agent.expected());
            if (recorded) {
                assertHoldsExactly("supervisor", sink.supervisor(), supervisor.expected());
                assertThat(sink.blocksWithSupervisor()).isPositive();
            } else {
                assertThat(sink.blocksWithSupervisor()).isZero();
                assertThat(sink.supervisor()).containsOnly((short) 0);
            }
        }
    }

    /** With the agent's keys working the recording, they never reach the caller; the agent's audio still does. */
    @ParameterizedTest
    @CsvSource({"true, false", "false, true"})
    void theAgentsKeysReachTheCallerOnlyWhenTheyDoNotWorkTheRecording(boolean agentKeysWork, boolean relayed) throws Exception {
        List<Character> digits = new CopyOnWriteArrayList<>();
        relay.telephoneEvents(RtpRelay.Side.B, TELEPHONE_EVENT);
        relay.onDtmf((side, digit) -> digits.add(digit));
        record(new CollectingSink(), false, agentKeysWork).start();

        agent.talk(5);
        agent.press(10);
        agent.press(1);
        agent.talk(5);

        assertThat(caller.receivedPayloadTypes()).as("what reached the caller").contains(0)
                .containsOnly(relayed ? new Integer[] {0, TELEPHONE_EVENT} : new Integer[] {0});
        assertThat(digits).as("keys are told either way").containsExactly('*', '1');
    }

    @Test
    void aSinkThatCannotKeepABlockEndsTheRecordingAndTheCallGoesOn() throws Exception {
        CollectingSink sink = new CollectingSink().failWith(new IOException("No space left on device"));
        record(sink, false, false).start();

        caller.talk(25);

        assertThat(sink.awaitEnd()).isEqualTo(RecordingEnd.failed("No space left on device"));
        awaitToldEnd();
        assertThat(toldEnds).containsExactly(RecordingEnd.failed("No space left on device"));
        assertThat(relay.agentEndpoint().recorder).as("the relay gives the recorder nothing more").isNull();
        agent.receivedPayloadTypes(); // what was relayed so far
        caller.talk(5);
        assertThat(agent.receivedPayloadTypes()).as("the call's audio after the recording stopped").hasSize(5);
    }

    /** A sink that breaks (a RuntimeException) ends its own recording only: the recording thread goes on with the others. */
    @Test
    void aBrokenSinkEndsItsRecordingOnly() throws Exception {
        CollectingSink broken = new CollectingSink().failWith(new IllegalStateException("sink broken"));
        record(broken, false, false).start();
        RtpRelay other = engine.openRelay();
        CollectingSink kept = new CollectingSink();
        other.record(kept, false, false, end -> { }).start();
        try (ToneTalker otherCaller = new ToneTalker(440).talkTo(other.portA())) {
            other.partyAt(RtpRelay.Side.A, otherCaller.address());

            CompletableFuture<Void> firstCallTalks = CompletableFuture.runAsync(() -> quietly(() -> caller.talk(25)));
            otherCaller.talk(25);
            firstCallTalks.join();
            assertThat(broken.awaitEnd()).isEqualTo(RecordingEnd.failed("sink broken"));
            otherCaller.talk(25);
            awaitRead(other.fromA(), otherCaller.sent());
            other.close();

            assertThat(kept.awaitEnd()).isEqualTo(RecordingEnd.CALL_ENDED);
            assertHoldsExactly("the other call's left", kept.caller(), otherCaller.expected());
        }
    }

    @Test
    void closingTheEngineEndsRecordingsIncompleteAfterWritingWhatTheyHave() throws Exception {
        CollectingSink sink = new CollectingSink();
        record(sink, false, false).start();

        caller.talk(10);
        awaitRead(relay.fromA(), caller.sent());
        engine.close();

        assertThat(sink.awaitEnd()).isEqualTo(RecordingEnd.failed("server stopping"));
        assertHoldsExactly("left", sink.caller(), caller.expected());
    }

    /** Armed and never started (the call ended unanswered): closed as the call ended, with nothing written. */
    @Test
    void aRecordingArmedOnACallThatEndsUnansweredIsClosedEmpty() throws Exception {
        CollectingSink sink = new CollectingSink();
        record(sink, false, false);

        caller.talk(5);
        relay.close();

        assertThat(sink.awaitEnd()).isEqualTo(RecordingEnd.CALL_ENDED);
        assertThat(sink.blocks()).isZero();
    }

    private CallRecorder record(CollectingSink sink, boolean keepSupervisorAudio, boolean agentKeysWork) {
        return relay.record(sink, keepSupervisorAudio, agentKeysWork, toldEnds::add);
    }

    /** Waits until the relay has read every packet a party sent: a call ends after its last packets came, not before. */
    private static void awaitRead(LegStatistics leg, long packets) throws InterruptedException {
        for (int wait = 0; wait < 500 && leg.received() < packets; wait++) {
            Thread.sleep(10);
        }
        assertThat(leg.received()).as("packets the relay read").isEqualTo(packets);
    }

    private void awaitToldEnd() throws InterruptedException {
        for (int wait = 0; wait < 500 && toldEnds.isEmpty(); wait++) {
            Thread.sleep(10);
        }
    }

    /**
     * The channel is silence but for the runs, in order, each exactly as sent: a channel that skipped
     * or stretched its timeline, or held anything of another party, fails.
     */
    private static void assertHoldsExactly(String channel, short[] recorded, short[]... runs) {
        int cursor = 0;
        for (int run = 0; run < runs.length; run++) {
            int at = ToneTalker.find(recorded, runs[run], cursor);
            assertThat(at).as(channel + ": where run " + run + " begins").isGreaterThanOrEqualTo(0);
            assertSilent(channel + ": before run " + run, Arrays.copyOfRange(recorded, cursor, at));
            assertThat(at + runs[run].length).as(channel + ": run " + run + " fits").isLessThanOrEqualTo(recorded.length);
            assertThat(Arrays.copyOfRange(recorded, at, at + runs[run].length)).as(channel + ": run " + run)
                    .isEqualTo(runs[run]);
            cursor = at + runs[run].length;
        }
        assertSilent(channel + ": after the last run", Arrays.copyOfRange(recorded, cursor, recorded.length));
    }

    /** Nothing but silence, or nothing at all (a recording ends with its last packet). */
    private static void assertSilent(String what, short[] samples) {
        if (samples.length > 0) {
            assertThat(samples).as(what).containsOnly((short) 0);
        }
    }

    @FunctionalInterface
    private interface Talk {
        void run() throws Exception;
    }

    private static void quietly(Talk talk) {
        try {
            talk.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
