package org.earshot.telephony.media;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.telephony.testing.FreePorts;
import org.earshot.telephony.testing.RtpReceiver;

/**
 * Measures the mixed path on loopback, in real time, and prints what it found (figures, not
 * assertions: timings belong to measurements, not to tests). Caller, agent and supervisor each send
 * a 20 ms µ-law frame per period, every packet off its slot by up to ±JITTER ms (uniform, its own
 * draw per party), the slots placed just before the mixer's tick as it stood when the probe began
 * (the worst phase for a clock that ignores arrivals). The caller's frames carry their number; the
 * supervisor, listening, receives them mixed with the agent's silence, unchanged. Reports the
 * numbered frames the supervisor never got (per 1000 sent), the delay caller → mix → supervisor,
 * and, for switches listen ↔ barge made every half second, the frames the caller receives from the
 * switch on up to the first in the new mode (1 = the very next one). The first three seconds are
 * not counted.
 *
 * <pre>./mvnw -o -q test-compile -pl sip-ra && java -cp "sip-ra/target/test-classes:sip-ra/target/classes" \
 *     org.earshot.telephony.media.MixClockProbe [seconds=30] [jitterMillis=5] [beforeTickMillis=2]</pre>
 */
public final class MixClockProbe {

    private static final long MS = 1_000_000L;

    private record Send(RtpReceiver from, int port, byte[] packet, long dueNanos, int number) {
    }

    private MixClockProbe() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        long jitter = (long) ((args.length > 1 ? Double.parseDouble(args[1]) : 5) * MS);
        long beforeTick = (long) ((args.length > 2 ? Double.parseDouble(args[2]) : 2) * MS);
        int base = FreePorts.rtp();
        try (MediaEngine engine = new MediaEngine("127.0.0.1", new PortRange(base, base + 10));
             RtpRelay relay = engine.openRelay();
             RtpReceiver caller = new RtpReceiver(0);
             RtpReceiver agent = new RtpReceiver(0);
             RtpReceiver supervisor = new RtpReceiver(0)) {
            relay.partyAAt(loopback(caller.port()));
            relay.partyBAt(loopback(agent.port()));
            MonitorPort port = relay.openMonitorPort(G711.PCMU);
            port.partyAt(loopback(supervisor.port()));
            relay.join(port, MonitoringMode.LISTEN, G711.PCMU, G711.PCMU);

            long tick = firstTick(supervisor);
            List<Send> sends = schedule(seconds, tick - beforeTick, jitter, caller, relay.portA(), agent, relay.portB(), supervisor, port.port());
            long countFrom = tick + 3000 * MS; // after a warm-up: a cold JVM's first packets go out in bursts
            Map<Integer, Long> sentAt = new HashMap<>();
            List<long[]> switches = new ArrayList<>();
            MonitoringMode mode = MonitoringMode.LISTEN;
            long nextSwitch = tick + 2000 * MS + 7 * MS;
            for (Send send : sends) {
                while (System.nanoTime() < send.dueNanos) {
                    if (System.nanoTime() >= nextSwitch) {
                        mode = mode == MonitoringMode.LISTEN ? MonitoringMode.BARGE : MonitoringMode.LISTEN;
                        port.switchTo(mode);
                        switches.add(new long[] {System.nanoTime(), mode == MonitoringMode.BARGE ? 1 : 0});
                        nextSwitch += 500 * MS + 3 * MS;
                    }
                    LockSupport.parkNanos(Math.min(send.dueNanos, nextSwitch) - System.nanoTime());
                }
                long at = System.nanoTime();
                send.from.send(send.packet, loopback(send.port));
                if (send.number > 0 && at >= countFrom) {
                    sentAt.put(send.number, at);
                }
            }
            Thread.sleep(200);
            report(seconds, jitter, beforeTick, sentAt, supervisor, caller, switches);
        }
    }

    /** When the mixer's next tick is due, from the frames it already sends the listening supervisor. */
    private static long firstTick(RtpReceiver supervisor) throws InterruptedException {
        while (supervisor.packets().size() < 10) {
            Thread.sleep(20);
        }
        long last = supervisor.packets().get(supervisor.packets().size() - 1).arrivedNanos();
        return last + 40 * RtpStream.FRAME_NANOS;
    }

    private static List<Send> schedule(int seconds, long firstSlot, long jitter, RtpReceiver caller, int callerPort,
                                       RtpReceiver agent, int agentPort, RtpReceiver supervisor, int supervisorPort) {
        Random random = new Random(6);
        List<Send> sends = new ArrayList<>();
        byte[] silence = MixFrames.silence();
        byte[] tone = MixFrames.tone();
        for (int n = 1; n <= seconds * 50; n++) {
            long slot = firstSlot + (n - 1) * RtpStream.FRAME_NANOS;
            sends.add(new Send(caller, callerPort, MixFrames.rtp(n, MixFrames.numbered(n)), jittered(slot, jitter, random), n));
            sends.add(new Send(agent, agentPort, MixFrames.rtp(n, silence), jittered(slot, jitter, random), 0));
            sends.add(new Send(supervisor, supervisorPort, MixFrames.rtp(n, tone), jittered(slot, jitter, random), 0));
        }
        sends.sort(Comparator.comparingLong(Send::dueNanos));
        return sends;
    }

    private static long jittered(long slot, long jitter, Random random) {
        return slot + (long) ((random.nextDouble() * 2 - 1) * jitter);
    }

    private static void report(int seconds, long jitter, long beforeTick, Map<Integer, Long> sentAt, RtpReceiver supervisor,
                               RtpReceiver caller, List<long[]> switches) {
        Map<Integer, Long> delays = new HashMap<>();
        for (RtpReceiver.Packet packet : supervisor.packets()) {
            Integer number = MixFrames.numberOf(packet.payload());
            if (number != null && sentAt.containsKey(number)) {
                delays.putIfAbsent(number, packet.arrivedNanos() - sentAt.get(number));
            }
        }
        long[] sorted = delays.values().stream().mapToLong(Long::longValue).sorted().toArray();
        int missing = sentAt.size() - delays.size();
        List<Integer> switchFrames = new ArrayList<>();
        for (long[] change : switches) {
            int frames = 0;
            for (RtpReceiver.Packet packet : caller.packets()) {
                if (packet.arrivedNanos() > change[0]) {
                    frames++;
                    if (MixFrames.carriesTone(packet.payload()) == (change[1] == 1)) {
                        switchFrames.add(frames);
                        break;
                    }
                }
            }
        }
        System.out.printf("seconds=%d jitter=±%.1fms slots=%.1fms before the tick%n", seconds, jitter / 1e6, beforeTick / 1e6);
        System.out.printf("frames sent=%d got=%d missing=%d (%.1f per 1000)%n", sentAt.size(), delays.size(), missing,
                1000.0 * missing / sentAt.size());
        System.out.printf("delay caller->mix->supervisor ms: p50=%.1f p95=%.1f max=%.1f%n", pct(sorted, 50), pct(sorted, 95), pct(sorted, 100));
        System.out.printf("switches=%d frames to the new mode: max=%d within 1 frame=%d%n", switchFrames.size(),
                switchFrames.stream().mapToInt(Integer::intValue).max().orElse(-1), switchFrames.stream().filter(f -> f <= 1).count());
    }

    private static double pct(long[] sorted, int percent) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)] / 1e6;
    }

    private static InetSocketAddress loopback(int port) {
        return new InetSocketAddress("127.0.0.1", port);
    }
}
