package org.earshot.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.telephony.testing.FreePorts;
import org.earshot.telephony.testing.RtpReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mixer's clock in virtual time: the test hands each party's packets to the mix at the instants
 * it chooses and runs the mixer's ticks itself, 0.1 ms at a time, so nothing depends on this
 * machine's timing. The mixed frames still go out on real loopback sockets, to the parties'
 * receivers. The caller's frames carry their number, which the listening supervisor hears unchanged
 * (the agent sends silence).
 */
class MixerClockTest {

    private static final long MS = 1_000_000L;
    private static final long FRAME = RtpStream.FRAME_NANOS;
    private static final long STEP = 100_000L;
    private static final long START = 1_000 * MS;

    private MediaEngine engine;
    private final List<RtpReceiver> phones = new ArrayList<>();
    private MixedParty caller;
    private MixedParty agent;
    private MixedParty supervisor;
    private final LegStatistics toSupervisor = new LegStatistics();
    private final LegStatistics toCaller = new LegStatistics();
    private final LegStatistics toAgent = new LegStatistics();
    private Mixer mixer;
    /** The virtual instants the mixer sent the supervisor a frame, in order. */
    private final List<Long> mixedAt = new ArrayList<>();
    private long now = START;
    private long wake;

    @BeforeEach
    void mixACall() throws Exception {
        int base = FreePorts.rtp();
        engine = new MediaEngine("127.0.0.1", new PortRange(base, base + 10));
        caller = new MixedParty(Voice.caller(), endpointTo(phone()), G711.PCMU, toCaller);
        agent = new MixedParty(Voice.agent(), endpointTo(phone()), G711.PCMU, toAgent);
        supervisor = new MixedParty(Voice.supervisor(MonitoringMode.LISTEN), endpointTo(phone()), G711.PCMU, toSupervisor);
        mixer = new Mixer(List.of(caller, agent, supervisor), START);
        wake = START;
    }

    @AfterEach
    void close() throws Exception {
        engine.close();
        for (RtpReceiver phone : phones) {
            phone.close();
        }
    }

    @Test
    void packetsJitteringAroundTheTickAreAllMixedOnceInOrderWithinAFrame() throws Exception {
        Timeline packets = new Timeline();
        // ±5 ms around 2 ms before the tick the mixer started with: the worst phase for a fixed clock
        long[] sentAt = everyoneSends(packets, START + FRAME - 2 * MS, 5 * MS, new Random(6));

        playUntil(START + 1002 * FRAME, packets);

        assertEveryFrameMixedOnceInOrderWithinAFrame(sentAt);
    }

    @Test
    void partiesThatStartSendingWhileTheMixRunsAreAllMixedOnceInOrderWithinAFrame() throws Exception {
        Timeline packets = new Timeline();
        long[] sentAt = everyoneSends(packets, START + 51 * FRAME - MS / 2, MS, new Random(7));

        playUntil(START + 1052 * FRAME, packets);

        assertEveryFrameMixedOnceInOrderWithinAFrame(sentAt);
    }

    @Test
    void withoutJitterAFrameWaitsOnlyTheGuardOnceTheClockFollowsTheCaller() throws Exception {
        Timeline packets = new Timeline();
        long[] sentAt = new long[201];
        for (int n = 1; n <= 200; n++) {
            sentAt[n] = START + n * FRAME + 7 * MS + 300_000; // mid-way between the first ticks
            packets.at(sentAt[n], speak(caller, MixFrames.numbered(n)));
        }

        playUntil(START + 202 * FRAME, packets);

        List<Heard> heard = heardBySupervisor();
        assertThat(heard).extracting(Heard::number).containsExactlyElementsOf(range(1, 200));
        Heard last = heard.get(heard.size() - 1);
        assertThat(mixedAt.get(last.frame()) - sentAt[last.number()]).as("after a second the tick comes just after the caller's frame").isLessThanOrEqualTo(MS + STEP);
    }

    @Test
    void aSwitchIsHeardInTheVeryNextFrame() throws Exception {
        Timeline packets = new Timeline();
        for (int n = 1; n <= 100; n++) {
            long slot = START + n * FRAME - 3 * MS;
            packets.at(slot, speak(caller, MixFrames.silence()));
            packets.at(slot, speak(agent, MixFrames.silence()));
            packets.at(slot, speak(supervisor, MixFrames.tone()));
        }
        playUntil(START + 50 * FRAME + 5 * MS, packets);
        long framesInListen = toCaller.forwarded();

        supervisor.endpoint.mixed = supervisor;
        new MonitorPort(supervisor.endpoint, G711.PCMU).switchTo(MonitoringMode.BARGE);
        playUntil(START + 100 * FRAME + 5 * MS, packets);

        List<Boolean> tones = tonesHeard(phones.get(0), toCaller.forwarded());
        assertThat(tones.subList(0, (int) framesInListen)).as("listening: the caller never hears the supervisor").containsOnly(false);
        assertThat(tones.subList((int) framesInListen, tones.size())).as("barging, from the next frame on").containsOnly(true);
    }

    @Test
    void aCallerWhoStopsSendingStallsNobody() throws Exception {
        Timeline packets = new Timeline();
        for (int n = 1; n <= 25; n++) {
            packets.at(START + n * FRAME - 3 * MS, speak(caller, MixFrames.numbered(n)));
        }

        playUntil(START + 101 * FRAME, packets);

        assertThat(toSupervisor.forwarded()).as("a frame every 20 ms, the caller silent for the last 1.5 s").isBetween(99L, 101L);
    }

    private void assertEveryFrameMixedOnceInOrderWithinAFrame(long[] sentAt) throws InterruptedException {
        List<Heard> heard = heardBySupervisor();
        assertThat(heard).extracting(Heard::number).as("every frame of the caller, once, in order")
                .containsExactlyElementsOf(range(1, sentAt.length - 1));
        for (Heard frame : heard) {
            assertThat(mixedAt.get(frame.frame()) - sentAt[frame.number()]).as("frame " + frame.number() + " mixed after it came")
                    .isBetween(0L, FRAME - 1);
        }
    }

    /** Runs the packets due and the mixer's ticks, in virtual time, up to the given instant. */
    private void playUntil(long until, Timeline packets) throws InterruptedException {
        for (; now < until; now += STEP) {
            packets.runUntil(now);
            if (now >= wake) {
                long sent = toSupervisor.forwarded();
                wake = mixer.tick(now);
                if (toSupervisor.forwarded() > sent) {
                    mixedAt.add(now);
                    awaitDelivery();
                }
            }
        }
    }

    /** A numbered frame of the caller's as the supervisor heard it: in which of the mixed frames. */
    private record Heard(int number, int frame) {
    }

    private List<Heard> heardBySupervisor() throws InterruptedException {
        List<RtpReceiver.Packet> packets = received(phones.get(2), toSupervisor.forwarded());
        List<Heard> heard = new ArrayList<>();
        for (int frame = 0; frame < packets.size(); frame++) {
            Integer n = MixFrames.numberOf(packets.get(frame).payload());
            if (n != null) {
                heard.add(new Heard(n, frame));
            }
        }
        return heard;
    }

    private List<Boolean> tonesHeard(RtpReceiver phone, long frames) throws InterruptedException {
        return received(phone, frames).stream().map(packet -> MixFrames.carriesTone(packet.payload())).toList();
    }

    /** Lets the phones' readers take in the frame just sent: virtual time would otherwise overrun their sockets' buffers. */
    private void awaitDelivery() throws InterruptedException {
        List<LegStatistics> sent = List.of(toCaller, toAgent, toSupervisor);
        for (int i = 0; i < phones.size(); i++) {
            for (int wait = 0; wait < 1000 && phones.get(i).packets().size() < sent.get(i).forwarded(); wait++) {
                Thread.sleep(0, 100_000);
            }
        }
    }

    /** What the phone received once the frames sent to it are all in (loopback keeps their order). */
    private static List<RtpReceiver.Packet> received(RtpReceiver phone, long frames) throws InterruptedException {
        for (int wait = 0; wait < 500 && phone.packets().size() < frames; wait++) {
            Thread.sleep(10);
        }
        assertThat(phone.packets()).hasSize((int) frames);
        return phone.packets();
    }

    private RtpReceiver phone() throws Exception {
        RtpReceiver phone = new RtpReceiver(0);
        phones.add(phone);
        return phone;
    }

    private RtpEndpoint endpointTo(RtpReceiver phone) {
        RtpEndpoint endpoint = engine.openWatched(RtpRelay.Side.A);
        endpoint.pointAt(new InetSocketAddress("127.0.0.1", phone.port()));
        return endpoint;
    }

    private Runnable speak(MixedParty party, byte[] payload) {
        return () -> party.spoke(ByteBuffer.wrap(MixFrames.rtp(0, payload)), RtpStream.HEADER, now);
    }

    /** Packets to hand to the mix, each at its instant. */
    private static final class Timeline {

        private final PriorityQueue<Arrival> arrivals = new PriorityQueue<>(Comparator.comparingLong(Arrival::at));

        private record Arrival(long at, Runnable packet) {
        }

        void at(long nanos, Runnable packet) {
            arrivals.add(new Arrival(nanos, packet));
        }

        void runUntil(long nanos) {
            while (!arrivals.isEmpty() && arrivals.peek().at() <= nanos) {
                arrivals.poll().packet().run();
            }
        }
    }

    /**
     * Caller (numbered frames), agent (silence) and supervisor (a tone) each send 1000 frames, one
     * per slot, each packet off its slot by up to ±jitter; returns when each of the caller's came.
     */
    private long[] everyoneSends(Timeline packets, long firstSlot, long jitter, Random random) {
        long[] sentAt = new long[1001];
        for (int n = 1; n <= 1000; n++) {
            long slot = firstSlot + (n - 1) * FRAME;
            sentAt[n] = jittered(slot, jitter, random);
            packets.at(sentAt[n], speak(caller, MixFrames.numbered(n)));
            packets.at(jittered(slot, jitter, random), speak(agent, MixFrames.silence()));
            packets.at(jittered(slot, jitter, random), speak(supervisor, MixFrames.tone()));
        }
        return sentAt;
    }

    private static long jittered(long slot, long jitter, Random random) {
        return slot + (long) ((random.nextDouble() * 2 - 1) * jitter);
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> numbers = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            numbers.add(n);
        }
        return numbers;
    }

}
