package org.earshot.telephony.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.Comparator;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.MonitorRefusedException.Reason;
import org.earshot.telephony.api.MonitorRefusedException;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.telephony.media.G711;
import org.earshot.telephony.testing.Earshot;
import org.earshot.telephony.testing.FreePorts;
import org.earshot.telephony.testing.RtpPhone;
import org.earshot.telephony.testing.RtpReceiver;
import org.earshot.telephony.testing.Sipp;
import org.earshot.telephony.testing.Subscribers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The signalling of live monitoring with real sipp phones: Earshot calls the supervisor's
 * registered phone (asking it to answer by itself), ends the session when the supervisor hangs up
 * or the call ends, keeps it when the call is transferred, and refuses clearly what it cannot do.
 */
class MonitorSippTest {

    /** sipp sends every RTP stream with this SSRC; Earshot's mixed streams have their own. */
    private static final int SIPP_SSRC = 0xca110000;

    @RegisterExtension
    final Earshot earshot = new Earshot(new Subscribers("earshot").add("1002", "secret-1002").add("1003", "secret-1003")
            .add("1005", "secret-1005").add("1006", "secret-1006").add("1007", "secret-1007"),
            settings -> settings.withMaxMonitorsPerCall(2));

    private final B2buaControl control = new B2buaControl();
    private RtpPhone supervisorMedia;

    @AfterEach
    void closeMedia() throws Exception {
        if (supervisorMedia != null) {
            supervisorMedia.close();
        }
    }

    @Test
    void aCallNotYetAnsweredCannotBeMonitoredNorOneThatDoesNotExist() throws Exception {
        Sipp.Running agent = earshot.registeredPhone("agent_rings_until_cancelled.xml", "1002", "secret-1002", 1, 1000)
                .startAgainst(earshot.port());
        Sipp.Running caller = earshot.phone("caller_refused.xml", 0, 440).arg("-s", "1002", "-key", "codecs", "0 96")
                .startAgainst(earshot.port());
        String callId = earshot.awaitEvent(CallEvent.Type.RINGING).callId();

        assertRefused(() -> control.monitor(callId, "1005", MonitoringMode.LISTEN), Reason.CALL_NOT_ANSWERED);
        assertRefused(() -> control.monitor("no-such-call", "1005", MonitoringMode.LISTEN), Reason.NO_SUCH_CALL);
        assertRefused(() -> control.switchMode("no-such-session", MonitoringMode.BARGE), Reason.NO_SUCH_SESSION);
        assertRefused(() -> control.end("no-such-session"), Reason.NO_SUCH_SESSION);
        assertThat(earshot.server().callControl().hangUp(callId)).isTrue();

        assertSucceeded(caller.finish(), agent.finish());
        assertThat(earshot.eventTypes()).doesNotContain(CallEvent.Type.MONITOR_STARTED, CallEvent.Type.MONITOR_ENDED);
    }

    @Test
    void onlyOneSupervisorIsHeardAtATimeWhileAnotherMayListenUpToTheMaximum() throws Exception {
        Sipp.Running[] call = connectCall();
        String callId = earshot.awaitEvent(CallEvent.Type.ANSWERED).callId();
        Sipp.Running barging = supervisorAnswers("1005", 2);
        Sipp.Running listening = supervisorAnswers("1006", 3);
        earshot.register("1007", "secret-1007", FreePorts.udpAndTcp());

        String barge = control.monitor(callId, "1005", MonitoringMode.BARGE);
        awaitStarted(barge);
        assertRefused(() -> control.monitor(callId, "1006", MonitoringMode.WHISPER), Reason.ANOTHER_SUPERVISOR_IS_HEARD);
        assertRefused(() -> control.monitor(callId, "1009", MonitoringMode.LISTEN), Reason.SUPERVISOR_UNREACHABLE);
        String listen = control.monitor(callId, "1006", MonitoringMode.LISTEN);
        awaitStarted(listen);
        assertRefused(() -> control.switchMode(listen, MonitoringMode.BARGE), Reason.ANOTHER_SUPERVISOR_IS_HEARD);
        assertRefused(() -> control.monitor(callId, "1007", MonitoringMode.LISTEN), Reason.TOO_MANY_MONITORS);

        control.end(barge);
        Sipp.Result bargerHungUpOn = barging.finish();
        control.switchMode(listen, MonitoringMode.WHISPER);
        assertThat(earshot.server().callControl().hangUp(callId)).isTrue();

        assertSucceeded(bargerHungUpOn, listening.finish(), call[0].finish(), call[1].finish());
        assertThat(monitorEvents()).containsExactly(
                "MONITOR_STARTED BARGE 1005 BARGE", "MONITOR_STARTED LISTEN 1006 LISTEN",
                "MONITOR_ENDED ended by Earshot 1005 BARGE", "MONITOR_MODE_CHANGED LISTEN -> WHISPER 1006 WHISPER",
                "MONITOR_ENDED call ended 1006 WHISPER");
    }

    @Test
    void theSupervisorHangingUpLeavesTheCallAPlainRelayAgain() throws Exception {
        try (RtpReceiver agentMedia = new RtpReceiver(earshot.phoneMedia(5))) {
            Sipp.Running agent = earshot.registeredPhone("agent_answers_elsewhere.xml", "1002", "secret-1002", 1, 1000)
                    .arg("-key", "rtp_port", String.valueOf(agentMedia.port())).startAgainst(earshot.port());
            Sipp.Running caller = earshot.phone("caller_tone.xml", 0, 440).arg("-s", "1002", "-d", "4000")
                    .startAgainst(earshot.port());
            String callId = earshot.awaitEvent(CallEvent.Type.ANSWERED).callId();
            supervisorMedia = RtpPhone.answering(earshot.phoneMedia(6), 1800, G711.PCMU);
            Sipp.Running supervisor = earshot.registeredPhone("supervisor_hangs_up.xml", "1005", "secret-1005", 2, 1800)
                    .arg("-d", "1000", "-key", "rtp_port", String.valueOf(supervisorMedia.port())).startAgainst(earshot.port());
            Thread.sleep(300);

            String session = control.monitor(callId, "1005", MonitoringMode.BARGE);
            CallEvent ended = earshot.awaitEvent(CallEvent.Type.MONITOR_ENDED);
            Thread.sleep(500);
            long afterTheSupervisorLeft = System.nanoTime();
            Sipp.Result hungUp = supervisor.finish();

            assertSucceeded(hungUp, caller.finish(), agent.finish());
            assertThat(ended.detail()).isEqualTo("supervisor hung up");
            assertThat(ended.monitor()).isEqualTo(new CallEvent.Monitor(session, "1005", MonitoringMode.BARGE));
            assertThat(earshot.events().get(earshot.events().size() - 1).detail()).isEqualTo("caller hung up");
            List<RtpReceiver.Packet> toAgent = agentMedia.packets(0);
            assertThat(toAgent).filteredOn(packet -> packet.arrivedNanos() > afterTheSupervisorLeft)
                    .as("the caller's packets relayed again").isNotEmpty();
            assertOneContinuousStream(toAgent);
        }
    }

    @Test
    void theCallEndingWhileMonitoredHangsUpTheSupervisorFirst() throws Exception {
        Sipp.Running agent = earshot.registeredPhone("agent_answers_tone.xml", "1002", "secret-1002", 1, 1000)
                .startAgainst(earshot.port());
        Sipp.Running caller = earshot.phone("caller_tone.xml", 0, 440).arg("-s", "1002", "-d", "2500").startAgainst(earshot.port());
        String callId = earshot.awaitEvent(CallEvent.Type.ANSWERED).callId();
        Sipp.Running supervisor = supervisorAnswers("1005", 2);

        awaitStarted(control.monitor(callId, "1005", MonitoringMode.WHISPER));

        assertSucceeded(caller.finish(), agent.finish(), supervisor.finish());
        earshot.awaitEvent(CallEvent.Type.ENDED);
        assertThat(earshot.eventTypes()).filteredOn(type -> type != CallEvent.Type.NOTICE_PLAYED).endsWith(CallEvent.Type.MONITOR_STARTED,
                CallEvent.Type.MONITOR_ENDED, CallEvent.Type.ENDED);
        assertThat(monitorEvents()).last().isEqualTo("MONITOR_ENDED call ended 1005 WHISPER");
    }

    @Test
    void aTakeoverReleasesTheAgentAndCannotBeUndone() throws Exception {
        Sipp.Running agent = earshot.registeredPhone("agent_answers_tone.xml", "1002", "secret-1002", 1, 1000)
                .startAgainst(earshot.port());
        Sipp.Running caller = earshot.phone("caller_tone_until_bye.xml", 0, 440).arg("-s", "1002").startAgainst(earshot.port());
        String callId = earshot.awaitEvent(CallEvent.Type.ANSWERED).callId();
        supervisorMedia = RtpPhone.answering(earshot.phoneMedia(6), 1800, G711.PCMU);
        Sipp.Running supervisor = earshot.registeredPhone("supervisor_hangs_up.xml", "1005", "secret-1005", 2, 1800)
                .arg("-d", "3000", "-key", "rtp_port", String.valueOf(supervisorMedia.port())).startAgainst(earshot.port());
        String session = control.monitor(callId, "1005", MonitoringMode.LISTEN);
        awaitStarted(session);

        control.switchMode(session, MonitoringMode.TAKEOVER);
        Sipp.Result released = agent.finish();

        assertThat(released.succeeded()).as("the agent got BYE: " + released.describe()).isTrue();
        assertThat(earshot.onlyCall().callId()).as("the caller is still on the call").isEqualTo(callId);
        assertRefused(() -> control.switchMode(session, MonitoringMode.LISTEN), Reason.TAKEOVER_IS_FINAL);
        assertRefused(() -> control.end(session), Reason.TAKEOVER_IS_FINAL);
        earshot.assertAudioFlowsBothWays(); // caller and supervisor
        assertSucceeded(supervisor.finish(), caller.finish());
        assertThat(earshot.events().get(earshot.events().size() - 1).detail()).isEqualTo("supervisor hung up");
        assertThat(monitorEvents()).containsExactly("MONITOR_STARTED LISTEN 1005 LISTEN",
                "MONITOR_MODE_CHANGED LISTEN -> TAKEOVER 1005 TAKEOVER", "MONITOR_ENDED supervisor hung up 1005 TAKEOVER");
    }

    @Test
    void keysTheSupervisorPressesAreReportedNotObeyed() throws Exception {
        Sipp.Running[] call = connectCall();
        String callId = earshot.awaitEvent(CallEvent.Type.ANSWERED).callId();
        supervisorMedia = RtpPhone.answering(earshot.phoneMedia(6), 1800, G711.PCMU);
        Sipp.Running supervisor = earshot.registeredPhone("supervisor_answers.xml", "1005", "secret-1005", 2, 1800)
                .arg("-key", "rtp_port", String.valueOf(supervisorMedia.port())).startAgainst(earshot.port());
        String session = control.monitor(callId, "1005", MonitoringMode.LISTEN);
        awaitStarted(session);
        InetSocketAddress earshotPort = awaitFirstSource(supervisorMedia.received());

        supervisorMedia.received().send(keyTwo(), earshotPort);
        CallEvent pressed = earshot.awaitEvent(CallEvent.Type.MONITOR_DTMF);
        assertThat(earshot.server().callControl().hangUp(callId)).isTrue();

        assertSucceeded(supervisor.finish(), call[0].finish(), call[1].finish());
        assertThat(pressed.detail()).isEqualTo("2");
        assertThat(pressed.monitor()).isEqualTo(new CallEvent.Monitor(session, "1005", MonitoringMode.LISTEN));
        assertThat(earshot.eventTypes()).doesNotContain(CallEvent.Type.MONITOR_MODE_CHANGED, CallEvent.Type.DTMF);
    }

    @Test
    void aSessionFollowsTheCallToTheTransferTarget() throws Exception {
        Sipp.Running transferring = earshot.registeredPhone("agent_transfers.xml", "1002", "secret-1002", 1, 1000)
                .arg("-d", "1500", "-key", "target", "1003").startAgainst(earshot.port());
        Sipp.Running target = earshot.registeredPhone("agent_answers_tone.xml", "1003", "secret-1003", 3, 2600)
                .startAgainst(earshot.port());
        Sipp.Running caller = earshot.phone("caller_tone_until_bye.xml", 0, 440).arg("-s", "1002").startAgainst(earshot.port());
        String callId = earshot.awaitEvent(CallEvent.Type.ANSWERED).callId();
        Sipp.Running supervisor = supervisorAnswers("1005", 2);
        String session = control.monitor(callId, "1005", MonitoringMode.WHISPER);
        awaitStarted(session);

        CallEvent transferred = earshot.awaitEvent(CallEvent.Type.TRANSFERRED);
        Sipp.Result transferor = transferring.finish();
        control.switchMode(session, MonitoringMode.BARGE);
        assertThat(earshot.server().callControl().hangUp(callId)).isTrue();

        assertSucceeded(transferor, supervisor.finish(), target.finish(), caller.finish());
        assertThat(transferred.agent()).isEqualTo("1003");
        assertThat(monitorEvents()).as("the session goes on with the new agent, in its mode").containsExactly(
                "MONITOR_STARTED WHISPER 1005 WHISPER", "MONITOR_MODE_CHANGED WHISPER -> BARGE 1005 BARGE",
                "MONITOR_ENDED call ended 1005 BARGE");
        assertThat(earshot.eventTypes()).as("the session stays while the target rings").containsSubsequence(
                CallEvent.Type.MONITOR_STARTED, CallEvent.Type.TRANSFERRING, CallEvent.Type.TRANSFERRED,
                CallEvent.Type.MONITOR_MODE_CHANGED, CallEvent.Type.MONITOR_ENDED, CallEvent.Type.ENDED);
    }

    @Test
    void aSupervisorWhoTookOverAndTransfersTheCallLeavesWithItsSession() throws Exception {
        Sipp.Running[] call = connectCall();
        String callId = earshot.awaitEvent(CallEvent.Type.ANSWERED).callId();
        Sipp.Running target = earshot.registeredPhone("agent_answers_tone.xml", "1003", "secret-1003", 3, 2600)
                .startAgainst(earshot.port());
        Sipp.Running supervisor = earshot.registeredPhone("agent_transfers.xml", "1005", "secret-1005", 2, 1800)
                .arg("-d", "1500", "-key", "target", "1003").startAgainst(earshot.port());
        String session = control.monitor(callId, "1005", MonitoringMode.LISTEN);
        awaitStarted(session);
        control.switchMode(session, MonitoringMode.TAKEOVER);

        CallEvent transferred = earshot.awaitEvent(CallEvent.Type.TRANSFERRED);
        Sipp.Result transferor = supervisor.finish();
        assertThat(earshot.server().callControl().hangUp(callId)).isTrue();

        assertSucceeded(transferor, call[1].finish(), target.finish(), call[0].finish());
        assertThat(transferred.agent()).isEqualTo("1003");
        assertThat(monitorEvents()).containsExactly("MONITOR_STARTED LISTEN 1005 LISTEN",
                "MONITOR_MODE_CHANGED LISTEN -> TAKEOVER 1005 TAKEOVER", "MONITOR_ENDED call transferred 1005 TAKEOVER");
    }

    /** A caller waiting for Earshot's BYE and the agent 1002 answering it, both sending tones (sipp). */
    private Sipp.Running[] connectCall() throws Exception {
        Sipp.Running agent = earshot.registeredPhone("agent_answers_tone.xml", "1002", "secret-1002", 1, 1000)
                .startAgainst(earshot.port());
        Sipp.Running caller = earshot.phone("caller_tone_until_bye.xml", 0, 440).arg("-s", "1002").startAgainst(earshot.port());
        return new Sipp.Running[] {caller, agent};
    }

    /** A supervisor's phone registered for the extension, answering Earshot's call by itself and waiting for its BYE. */
    private Sipp.Running supervisorAnswers(String extension, int phone) throws Exception {
        return earshot.registeredPhone("supervisor_answers.xml", extension, "secret-" + extension, phone, 1800)
                .arg("-key", "rtp_port", String.valueOf(earshot.phoneMedia(phone + 8))).startAgainst(earshot.port());
    }

    private void awaitStarted(String session) throws InterruptedException {
        earshot.awaitEvent(CallEvent.Type.MONITOR_STARTED, event -> event.monitor().sessionId().equals(session));
    }

    /** The monitoring events (not the notices played in them: MonitorNoticesAudioTest's), each as type, detail, supervisor and mode. */
    private List<String> monitorEvents() {
        return earshot.events().stream().filter(event -> event.monitor() != null && event.type() != CallEvent.Type.NOTICE_PLAYED)
                .map(event -> event.type() + " "
                + event.detail() + " " + event.monitor().supervisor() + " " + event.monitor().mode()).toList();
    }

    private static InetSocketAddress awaitFirstSource(RtpReceiver receiver) throws InterruptedException {
        for (int wait = 0; wait < 100 && receiver.firstSource() == null; wait++) {
            Thread.sleep(20);
        }
        assertThat(receiver.firstSource()).as("Earshot's mix reached the supervisor").isNotNull();
        return receiver.firstSource();
    }

    /** An RFC 4733 end packet for key 2 with the payload type sipp's caller negotiated (96), which Earshot offered the supervisor. */
    private static byte[] keyTwo() {
        byte[] packet = new byte[16];
        packet[0] = (byte) 0x80;
        packet[1] = 96;
        packet[3] = 1;
        packet[7] = 1;
        packet[12] = 2;
        packet[13] = (byte) 0x80;
        packet[15] = (byte) 160;
        return packet;
    }

    /**
     * The agent saw one RTP stream, relayed, mixed and relayed again: Earshot's SSRC (not the caller
     * phone's), sequence numbers without a gap, and timestamps that only go forward.
     */
    private static void assertOneContinuousStream(List<RtpReceiver.Packet> packets) {
        assertThat(packets).extracting(RtpReceiver.Packet::ssrc).containsOnly(packets.get(0).ssrc()).doesNotContain(SIPP_SSRC);
        List<RtpReceiver.Packet> inOrder = packets.stream()
                .sorted(Comparator.comparingInt(packet -> (short) (packet.sequence() - packets.get(0).sequence()))).toList();
        for (int i = 1; i < inOrder.size(); i++) {
            RtpReceiver.Packet before = inOrder.get(i - 1);
            RtpReceiver.Packet packet = inOrder.get(i);
            assertThat(packet.sequence()).as("packet %d of %d", i, inOrder.size()).isEqualTo(before.sequence() + 1 & 0xFFFF);
            assertThat((int) (packet.timestamp() - before.timestamp())).as("timestamp step at packet %d", i).isPositive();
        }
    }

    private static void assertRefused(ThrowingCallable attempt, Reason reason) {
        assertThatThrownBy(attempt).isInstanceOfSatisfying(MonitorRefusedException.class,
                refused -> assertThat(refused.reason()).as(refused.getMessage()).isEqualTo(reason));
    }

    private static void assertSucceeded(Sipp.Result... phones) {
        for (Sipp.Result phone : phones) {
            assertThat(phone.succeeded()).as(phone.describe()).isTrue();
        }
    }

    /** The core's monitoring API as the resource adapter's CallControl uses it. */
    private final class B2buaControl {

        String monitor(String callId, String supervisor, MonitoringMode mode) throws Exception {
            return earshot.server().callControl().monitor(callId, supervisor, mode);
        }

        void switchMode(String session, MonitoringMode mode) throws Exception {
            earshot.server().callControl().switchMonitorMode(session, mode);
        }

        void end(String session) throws Exception {
            earshot.server().callControl().endMonitor(session);
        }
    }
}
