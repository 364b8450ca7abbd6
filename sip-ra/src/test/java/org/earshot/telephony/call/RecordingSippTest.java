package org.earshot.telephony.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.RecordingEnd;
import org.earshot.telephony.api.RecordingOptions;
import org.earshot.telephony.media.G711;
import org.earshot.telephony.testing.CollectingSink;
import org.earshot.telephony.testing.Earshot;
import org.earshot.telephony.testing.Goertzel;
import org.earshot.telephony.testing.Queues;
import org.earshot.telephony.testing.RtpPhone;
import org.earshot.telephony.testing.Sipp;
import org.earshot.telephony.testing.Subscribers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Recording a queue call end to end: the caller (sipp, its audio the test's) waits in a queue, the
 * agent's phone (sipp registered as 1002, its audio the test's) answers once 1002 logs in, each
 * sends a tone of its own, and the test's sink receives the recording. Keys are RFC 4733 events the
 * test sends from each party's media port, as the phone would.
 */
class RecordingSippTest {

    private static final String QUEUE = "7000";
    private static final int CALLER = 440;
    private static final int AGENT = 1000;
    /** The telephone-event type both scenarios' SDP offer. */
    private static final int TELEPHONE_EVENT = 96;
    private static final int STAR = 10;

    private final Queues queues = new Queues();

    @RegisterExtension
    final Earshot earshot = new Earshot(new Subscribers("earshot").add("1002", "secret-1002"), queues, UnaryOperator.identity());

    private RtpPhone caller;
    private RtpPhone agent;
    private Sipp.Running callerPhone;
    private Sipp.Running agentPhone;
    private long keyTimestamp;

    @AfterEach
    void hangUpPhones() throws Exception {
        for (RtpPhone phone : new RtpPhone[] {caller, agent}) {
            if (phone != null) {
                phone.close();
            }
        }
    }

    @Test
    void armedWhileQueuedItRecordsFromTheAnswerAndTheAgentsKeysPauseAndResumeUnheardByTheCaller() throws Exception {
        String callId = queueCall();
        CollectingSink sink = new CollectingSink();
        assertThat(earshot.server().callControl().record(callId, sink, new RecordingOptions(false, true, null))).isTrue();
        assertThat(earshot.server().callControl().record(callId, new CollectingSink(), new RecordingOptions(false, true, null)))
                .as("a call is recorded once").isFalse();
        assertThat(earshot.server().callControl().pauseRecording(callId, "1002")).as("nothing to pause before the answer").isFalse();

        earshot.server().agents().logIn("1002", List.of(QUEUE));
        assertThat(earshot.awaitEvent(CallEvent.Type.RECORDING_STARTED).detail()).isEqualTo("0");
        earshot.assertAudioFlowsBothWays();
        press(agent, STAR);
        press(agent, 1);
        assertThat(earshot.awaitEvent(CallEvent.Type.RECORDING_PAUSED).detail()).isEqualTo("agent key");
        press(caller, 5);
        press(agent, 7);
        earshot.assertAudioFlowsBothWays();
        press(agent, STAR);
        press(agent, 2);
        assertThat(earshot.awaitEvent(CallEvent.Type.RECORDING_RESUMED).detail()).isEqualTo("agent key");
        press(agent, 9);
        earshot.awaitEvent(CallEvent.Type.DTMF, event -> "9".equals(event.detail()));
        earshot.assertAudioFlowsBothWays();
        hangUp(callId);

        assertThat(sink.awaitEnd()).isEqualTo(RecordingEnd.CALL_ENDED);
        assertThat(earshot.awaitEvent(CallEvent.Type.RECORDING_STOPPED).detail()).isEqualTo("complete");
        assertThat(earshot.events()).filteredOn(event -> event.type() == CallEvent.Type.DTMF).extracting(CallEvent::detail)
                .as("keys pressed while paused are masked; the agent's codes are no keys").containsExactly("masked", "masked", "9");
        assertThat(earshot.events()).filteredOn(event -> event.type().name().startsWith("RECORDING_")).extracting(CallEvent::type)
                .containsExactly(CallEvent.Type.RECORDING_STARTED, CallEvent.Type.RECORDING_PAUSED,
                        CallEvent.Type.RECORDING_RESUMED, CallEvent.Type.RECORDING_STOPPED);
        assertThat(caller.received().packets(TELEPHONE_EVENT)).as("the agent's keys never reach the caller").isEmpty();
        assertThat(agent.received().packets(TELEPHONE_EVENT)).as("the caller's keys reach the agent").isNotEmpty();
        assertChannel("left", sink.caller(), CALLER, AGENT);
        assertChannel("right", sink.agent(), AGENT, CALLER);
        assertThat(longestSilence(sink.caller())).as("the paused second is silence on the left").isGreaterThan(4000);
        assertThat(longestSilence(sink.agent())).as("and on the right").isGreaterThan(4000);
    }

    @Test
    void startedOnAnAnsweredCallItResumesByItselfAndASinkThatFailsEndsOnlyTheRecording() throws Exception {
        String callId = queueCall();
        earshot.server().agents().logIn("1002", List.of(QUEUE));
        earshot.awaitEvent(CallEvent.Type.ANSWERED);
        CollectingSink sink = new CollectingSink();
        assertThat(earshot.server().callControl().record(callId, sink, new RecordingOptions(false, false, Duration.ofMillis(1500))))
                .isTrue();
        assertThat(Long.parseLong(earshot.awaitEvent(CallEvent.Type.RECORDING_STARTED).detail()))
                .as("milliseconds of the answered call not recorded").isNotNegative();
        assertThat(earshot.server().callControl().resumeRecording(callId, "1005")).as("not paused").isFalse();
        assertThat(earshot.server().callControl().pauseRecording(callId, "1005")).isTrue();
        assertThat(earshot.server().callControl().pauseRecording(callId, "1005")).as("paused already").isFalse();
        assertThat(earshot.awaitEvent(CallEvent.Type.RECORDING_PAUSED).detail()).isEqualTo("1005");
        press(caller, 5);
        press(agent, STAR);
        earshot.awaitEvent(CallEvent.Type.DTMF, event -> event.detail().equals("masked"));
        assertThat(earshot.awaitEvent(CallEvent.Type.RECORDING_RESUMED).detail()).isEqualTo("auto-resume");
        press(caller, 6);
        earshot.awaitEvent(CallEvent.Type.DTMF, event -> event.detail().equals("6"));

        sink.failWith(new IOException("No space left on device"));
        assertThat(earshot.awaitEvent(CallEvent.Type.RECORDING_STOPPED).detail()).isEqualTo("incomplete: No space left on device");
        assertThat(sink.awaitEnd()).isEqualTo(RecordingEnd.failed("No space left on device"));
        earshot.assertAudioFlowsBothWays();
        assertThat(earshot.server().callControl().pauseRecording(callId, "1005")).as("the recording ended").isFalse();
        hangUp(callId);

        assertThat(earshot.events()).filteredOn(event -> event.type() == CallEvent.Type.DTMF).extracting(CallEvent::detail)
                .containsExactly("masked", "masked", "6");
        assertThat(earshot.events()).filteredOn(event -> event.type() == CallEvent.Type.RECORDING_STOPPED).hasSize(1);
        assertThat(caller.received().packets(TELEPHONE_EVENT)).as("the agent's keys reach the caller when they work nothing")
                .isNotEmpty();
        assertThat(sink.closings()).isEqualTo(1);
        assertThat(earshot.server().callControl().record(callId, new CollectingSink(), new RecordingOptions(false, false, null)))
                .as("no such call any more").isFalse();
    }

    @Test
    void aRecordingNeedsASinkAndOptions() throws Exception {
        String callId = queueCall();
        RecordingOptions badAutoResume = new RecordingOptions(false, false, Duration.ZERO);

        for (Runnable bad : List.<Runnable>of(
                () -> earshot.server().callControl().record(callId, null, new RecordingOptions(false, false, null)),
                () -> earshot.server().callControl().record(callId, new CollectingSink(), null),
                () -> earshot.server().callControl().record(callId, new CollectingSink(), badAutoResume))) {
            try {
                bad.run();
                throw new AssertionError("accepted");
            } catch (IllegalArgumentException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
        assertThat(earshot.server().callControl().record(callId, new CollectingSink(), new RecordingOptions(false, false, null)))
                .as("nothing was armed by the refused requests").isTrue();
        earshot.server().agents().logIn("1002", List.of(QUEUE));
        assertThat(earshot.awaitEvent(CallEvent.Type.RECORDING_STARTED).detail()).isEqualTo("0");
        hangUp(callId);
    }

    @Test
    void theAgentsStarThreeAsksForAnUnrecordedCallToBeRecordedAndAsksNothingOnceItIs() throws Exception {
        String callId = queueCall();
        earshot.server().agents().logIn("1002", List.of(QUEUE));
        earshot.awaitEvent(CallEvent.Type.ANSWERED);
        earshot.assertAudioFlowsBothWays();
        press(caller, STAR);
        press(caller, 3);
        // the relay reads the parties' ports in no set order: the caller's keys first, for the order asserted
        earshot.awaitEvent(CallEvent.Type.DTMF, event -> countOf(CallEvent.Type.DTMF) == 2);
        press(agent, 3);
        press(agent, STAR);
        press(agent, 3);
        assertThat(earshot.awaitEvent(CallEvent.Type.RECORDING_REQUESTED).detail()).isEqualTo("agent key");
        earshot.awaitEvent(CallEvent.Type.DTMF, event -> event.detail().equals("3") && countOf(CallEvent.Type.DTMF) == 5);

        CollectingSink sink = new CollectingSink();
        assertThat(earshot.server().callControl().record(callId, sink, new RecordingOptions(false, false, null))).isTrue();
        earshot.awaitEvent(CallEvent.Type.RECORDING_STARTED);
        press(agent, STAR);
        press(agent, 3);
        press(agent, 8);
        earshot.awaitEvent(CallEvent.Type.DTMF, event -> event.detail().equals("8"));
        hangUp(callId);

        assertThat(earshot.events()).filteredOn(event -> event.type() == CallEvent.Type.RECORDING_REQUESTED)
                .as("only the agent's *3, only while the call is not recorded").hasSize(1);
        assertThat(earshot.events()).filteredOn(event -> event.type() == CallEvent.Type.DTMF).extracting(CallEvent::detail)
                .as("an unrecorded call's keys are all reported").containsExactly("*", "3", "3", "*", "3", "*", "3", "8");
        assertThat(caller.received().packets(TELEPHONE_EVENT)).as("the keys of an unrecorded call's agent reach the caller")
                .isNotEmpty();
    }

    private long countOf(CallEvent.Type type) {
        return earshot.events().stream().filter(event -> event.type() == type).count();
    }

    /** Agent 1002's phone ready to answer, and a caller waiting in the queue; the call's id. */
    private String queueCall() throws Exception {
        queues.add("Support", QUEUE, "1002");
        agent = RtpPhone.answering(earshot.phoneMedia(1), AGENT, G711.PCMU);
        agentPhone = earshot.registeredPhone("agent_answers_elsewhere.xml", "1002", "secret-1002", 2, AGENT)
                .arg("-key", "rtp_port", String.valueOf(agent.port())).startAgainst(earshot.port());
        caller = RtpPhone.answering(earshot.phoneMedia(4), CALLER, G711.PCMU);
        callerPhone = earshot.phone("caller_media_elsewhere.xml", 3, CALLER)
                .arg("-s", QUEUE, "-key", "rtp_port", String.valueOf(caller.port())).startAgainst(earshot.port());
        return earshot.awaitEvent(CallEvent.Type.QUEUED).callId();
    }

    /** A key pressed on the phone: an RFC 4733 start packet and three end packets, sent to Earshot from the phone's media port. */
    private void press(RtpPhone phone, int event) throws IOException, InterruptedException {
        // Earshot's port for the phone is where its first packet came from; on a busy machine that may take a moment
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (phone.received().firstSource() == null && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(phone.received().firstSource()).as("a packet from Earshot reached the phone").isNotNull();
        keyTimestamp += 8000;
        for (int packet = 0; packet < 4; packet++) {
            ByteBuffer rtp = ByteBuffer.allocate(16);
            rtp.put((byte) 0x80).put((byte) TELEPHONE_EVENT).putShort((short) packet).putInt((int) keyTimestamp).putInt(0x4B455953)
                    .put((byte) event).put((byte) (packet == 0 ? 10 : 0x80 | 10)).putShort((short) (packet == 0 ? 160 : 800));
            phone.received().send(rtp.array(), phone.received().firstSource());
        }
    }

    private void hangUp(String callId) throws Exception {
        assertThat(earshot.server().callControl().hangUp(callId)).isTrue();
        earshot.awaitEvent(CallEvent.Type.ENDED);
        for (Sipp.Running phone : new Sipp.Running[] {callerPhone, agentPhone}) {
            Sipp.Result result = phone.finish();
            assertThat(result.succeeded()).as(result.describe()).isTrue();
        }
    }

    private static void assertChannel(String channel, short[] samples, int party, int otherParty) {
        assertThat(Goertzel.present(samples, 8000, party)).as(channel + " holds its party's tone").isTrue();
        assertThat(Goertzel.levelDb(samples, 8000, otherParty)).as(channel + " holds nothing of the other party")
                .isLessThan(Goertzel.PRESENT_DB);
    }

    private static int longestSilence(short[] samples) {
        int longest = 0;
        int run = 0;
        for (short sample : samples) {
            run = sample == 0 ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
