package org.earshot.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.telephony.testing.FreePorts;
import org.earshot.telephony.testing.Phase;
import org.earshot.telephony.testing.RtpPhone;
import org.earshot.telephony.testing.RtpReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A call's relay with a supervisor's port, on real loopback sockets: caller, agent and supervisor
 * each send a tone of their own, in the law of their own leg (the agent A-law, the others µ-law),
 * and each hears exactly what its mode allows, never itself, in its own law.
 */
class MixerTest {

    private static final int CALLER = 440;
    private static final int AGENT = 1000;
    private static final int SUPERVISOR = 1800;
    private static final int[] TONES = {CALLER, AGENT, SUPERVISOR};
    private static final long PHASE_MILLIS = 2000;

    private MediaEngine engine;
    private RtpRelay relay;
    private RtpPhone caller;
    private RtpPhone agent;
    private RtpPhone supervisor;
    private long phaseStart;

    @BeforeEach
    void openCall() throws Exception {
        int base = FreePorts.rtp();
        engine = new MediaEngine("127.0.0.1", new PortRange(base, base + 10));
        relay = engine.openRelay();
        caller = RtpPhone.answering(0, CALLER, G711.PCMU).talkTo(earshot(relay.portA()));
        agent = RtpPhone.answering(0, AGENT, G711.PCMA).talkTo(earshot(relay.portB()));
        relay.partyAAt(caller.address());
        relay.partyBAt(agent.address());
    }

    @AfterEach
    void closeCall() throws Exception {
        relay.close();
        engine.close();
        caller.close();
        agent.close();
        if (supervisor != null) {
            supervisor.close();
        }
    }

    @Test
    void eachPartyHearsExactlyWhatTheModeAllowsAcrossSwitchesAndTheTakeover() throws Exception {
        MonitorPort port = supervisorOnItsOwnPort();
        startPhase();
        Phase plain = endPhase("plain relay");

        relay.join(port, MonitoringMode.LISTEN, G711.PCMU, G711.PCMA);
        Phase listen = endPhase("listen");
        port.switchTo(MonitoringMode.WHISPER);
        Phase whisper = endPhase("whisper");
        port.switchTo(MonitoringMode.BARGE);
        Phase barge = endPhase("barge");
        relay.handOver(port);
        Phase takeover = endPhase("takeover");

        plain.assertHeard("caller", caller, Set.of(AGENT), TONES);
        plain.assertHeard("agent", agent, Set.of(CALLER), TONES);
        plain.assertHeard("supervisor", supervisor, Set.of(), TONES);
        listen.assertHeard("caller", caller, Set.of(AGENT), TONES);
        listen.assertHeard("agent", agent, Set.of(CALLER), TONES);
        listen.assertHeard("supervisor", supervisor, Set.of(CALLER, AGENT), TONES);
        whisper.assertHeard("caller", caller, Set.of(AGENT), TONES);
        whisper.assertHeard("agent", agent, Set.of(CALLER, SUPERVISOR), TONES);
        whisper.assertHeard("supervisor", supervisor, Set.of(CALLER, AGENT), TONES);
        barge.assertHeard("caller", caller, Set.of(AGENT, SUPERVISOR), TONES);
        barge.assertHeard("agent", agent, Set.of(CALLER, SUPERVISOR), TONES);
        barge.assertHeard("supervisor", supervisor, Set.of(CALLER, AGENT), TONES);
        takeover.assertHeard("caller", caller, Set.of(SUPERVISOR), TONES);
        takeover.assertHeard("agent", agent, Set.of(), TONES);
        takeover.assertHeard("supervisor", supervisor, Set.of(CALLER), TONES);
        assertThat(relay.mixed()).as("caller and supervisor alone: a plain relay again").isFalse();
        assertThat(lawsReceived(agent.received(), listen)).containsOnly(SessionDescription.PCMA);
        assertThat(lawsReceived(caller.received(), barge)).containsOnly(SessionDescription.PCMU);
        assertThat(lawsReceived(supervisor.received(), barge)).containsOnly(SessionDescription.PCMU);
    }

    @Test
    void eachMixedStreamIsOneContinuousRtpStream() throws Exception {
        MonitorPort port = supervisorOnItsOwnPort();
        relay.join(port, MonitoringMode.LISTEN, G711.PCMU, G711.PCMA);
        Thread.sleep(100); // packets relayed before the join are on their way
        startPhase();
        Thread.sleep(400);
        port.switchTo(MonitoringMode.BARGE);
        Phase mixed = endPhase("mixed");

        for (RtpPhone phone : List.of(caller, agent, supervisor)) {
            List<RtpReceiver.Packet> packets = phone.received().packets().stream()
                    .filter(packet -> packet.arrivedNanos() >= mixed.fromNanos() && packet.arrivedNanos() < mixed.untilNanos())
                    .toList();
            assertThat(packets).hasSizeGreaterThan(50);
            assertThat(packets).extracting(RtpReceiver.Packet::ssrc).containsOnly(packets.get(0).ssrc());
            for (int i = 1; i < packets.size(); i++) {
                assertThat(packets.get(i).sequence()).isEqualTo((packets.get(i - 1).sequence() + 1) & 0xFFFF);
                assertThat(packets.get(i).timestamp()).isEqualTo((packets.get(i - 1).timestamp() + 160) & 0xFFFFFFFFL);
            }
        }
    }

    @Test
    void theLastMonitorLeavingMakesItAPlainRelayAgainWithoutABreakInTheAudio() throws Exception {
        MonitorPort port = supervisorOnItsOwnPort();
        relay.join(port, MonitoringMode.BARGE, G711.PCMU, G711.PCMA);
        int ports = engine.freePorts();
        long start = System.nanoTime();
        Thread.sleep(1000);
        long left = System.nanoTime();
        relay.leave(port);
        // Two seconds: at least two whole half-second windows after the settling time, with room for a
        // machine so busy that the phones' packets come late.
        Thread.sleep(2500);
        Phase around = new Phase("around the leave", start, System.nanoTime());
        Phase after = new Phase("after the leave", left, around.untilNanos());

        assertThat(relay.mixed()).isFalse();
        assertThat(engine.freePorts()).isEqualTo(ports + 1);
        around.assertHeard("caller", caller, Set.of(AGENT), CALLER, AGENT); // the supervisor's tone is gone after
        after.assertHeard("caller", caller, Set.of(AGENT), TONES);
        after.assertHeard("agent", agent, Set.of(CALLER), TONES);
        List<RtpReceiver.Packet> atAgent = agent.received().packets().stream()
                .filter(packet -> packet.arrivedNanos() > left + 100_000_000L).toList();
        assertThat(atAgent).as("the caller's own packets, relayed unchanged").isNotEmpty()
                .allSatisfy(packet -> assertThat(packet.payloadType()).isEqualTo(SessionDescription.PCMU));
        assertThat(gapsLongerThan(agent.received(), around, 150)).as("the agent's audio went on").isZero();
    }

    @Test
    void supervisorsKeysAreReportedButNeverHeardAndCallersKeysStillReachTheAgent() throws Exception {
        MonitorPort port = relay.openMonitorPort(G711.PCMU);
        List<Character> supervisorKeys = new CopyOnWriteArrayList<>();
        List<Character> callKeys = new CopyOnWriteArrayList<>();
        port.onDtmf((side, digit) -> supervisorKeys.add(digit));
        port.telephoneEvents(101);
        relay.onDtmf((side, digit) -> callKeys.add(digit));
        relay.telephoneEvents(RtpRelay.Side.A, 101);
        try (RtpReceiver supervisorPhone = new RtpReceiver(0)) {
            port.partyAt(new InetSocketAddress("127.0.0.1", supervisorPhone.port()));
            relay.join(port, MonitoringMode.BARGE, G711.PCMU, G711.PCMA);

            supervisorPhone.send(telephoneEvent(2), earshot(port.port()));
            sendFrom(caller, telephoneEvent(5), relay.portA());
            awaitSize(supervisorKeys, 1);
            awaitSize(callKeys, 1);
            Thread.sleep(100);

            assertThat(supervisorKeys).containsExactly('2');
            assertThat(callKeys).containsExactly('5');
            assertThat(caller.received().packets(101)).as("the supervisor's key reaches nobody").isEmpty();
            assertThat(agent.received().packets(101)).extracting(RtpReceiver.Packet::event).containsExactly(5);
        }
    }

    @Test
    void perLegCountsGoOnWhileMixed() throws Exception {
        MonitorPort port = supervisorOnItsOwnPort();
        relay.join(port, MonitoringMode.LISTEN, G711.PCMU, G711.PCMA);
        Thread.sleep(200);
        long fromCaller = relay.fromA().received();
        long toAgent = relay.fromA().forwarded();
        long toCaller = relay.fromB().forwarded();
        long toSupervisor = port.statistics().forwarded();

        Thread.sleep(1000);

        assertThat(relay.fromA().received() - fromCaller).isGreaterThan(35);
        assertThat(relay.fromA().forwarded() - toAgent).isGreaterThan(35);
        assertThat(relay.fromB().forwarded() - toCaller).isGreaterThan(35);
        assertThat(port.statistics().forwarded() - toSupervisor).isGreaterThan(35);
        assertThat(port.statistics().received()).isGreaterThan(35);
    }

    /** The supervisor's port and phone, the phone sending its tone to it; not in the mix yet. */
    private MonitorPort supervisorOnItsOwnPort() throws Exception {
        MonitorPort port = relay.openMonitorPort(G711.PCMU);
        supervisor = RtpPhone.answering(0, SUPERVISOR, G711.PCMU).talkTo(earshot(port.port()));
        port.partyAt(supervisor.address());
        return port;
    }

    private void startPhase() {
        phaseStart = System.nanoTime();
    }

    private Phase endPhase(String name) throws InterruptedException {
        long from = phaseStart;
        Thread.sleep(Math.max(0, PHASE_MILLIS - (System.nanoTime() - from) / 1_000_000));
        phaseStart = System.nanoTime();
        return new Phase(name, from, phaseStart);
    }

    private static List<Integer> lawsReceived(RtpReceiver receiver, Phase phase) {
        return receiver.packets().stream().filter(packet -> packet.arrivedNanos() >= phase.fromNanos()
                && packet.arrivedNanos() < phase.untilNanos()).map(RtpReceiver.Packet::payloadType).distinct().toList();
    }

    /** Silences between packets longer than a few frames: where a listener would have heard the stream break off. */
    private static long gapsLongerThan(RtpReceiver receiver, Phase phase, long millis) {
        List<Long> arrivals = receiver.packets().stream().map(RtpReceiver.Packet::arrivedNanos)
                .filter(at -> at >= phase.fromNanos() && at < phase.untilNanos()).toList();
        long gaps = 0;
        for (int i = 1; i < arrivals.size(); i++) {
            if (arrivals.get(i) - arrivals.get(i - 1) > millis * 1_000_000L) {
                gaps++;
            }
        }
        return gaps;
    }

    private static void sendFrom(RtpPhone phone, byte[] packet, int port) throws Exception {
        phone.received().send(packet, earshot(port));
    }

    private static byte[] telephoneEvent(int event) {
        byte[] packet = new byte[16];
        packet[0] = (byte) 0x80;
        packet[1] = (byte) 101;
        packet[3] = 7;
        packet[7] = 1; // timestamp
        packet[12] = (byte) event;
        packet[13] = (byte) 0x80; // end of the event
        packet[15] = (byte) 160;
        return packet;
    }

    private static void awaitSize(List<?> list, int size) throws InterruptedException {
        for (int wait = 0; wait < 100 && list.size() < size; wait++) {
            Thread.sleep(10);
        }
    }

    private static InetSocketAddress earshot(int port) {
        return new InetSocketAddress("127.0.0.1", port);
    }
}
