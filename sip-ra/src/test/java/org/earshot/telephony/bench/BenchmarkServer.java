package org.earshot.telephony.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.CallEventListener;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.telephony.directory.DigestAlgorithm;
import org.earshot.telephony.registrar.Binding;
import org.earshot.telephony.sip.SipServer;
import org.earshot.telephony.sip.SipSettings;
import org.earshot.telephony.testing.Queues;
import org.earshot.telephony.testing.Subscribers;

/**
 * Earshot's telephony core on its own, for the benchmark harness in {@code bench/}: the SIP server
 * (registrar + B2BUA + media relay) with an in-memory directory and preloaded bindings, so that
 * sipp's stock UAS scenarios answer the B2BUA's calls without registering first.
 *
 * <p>Settings are system properties (defaults in brackets): {@code bench.address} [127.0.0.1],
 * {@code bench.port} [15060], {@code bench.rtp} [20000-31999], {@code bench.realm} [earshot],
 * {@code bench.targets} [bench=sip:bench@127.0.0.1:15070,probe=sip:probe@127.0.0.1:15090]
 * (extension=contact pairs bound with a far expiry), {@code bench.users} [none] (more extensions, comma-separated,
 * which register themselves, with the password {@code bench-secret}), {@code bench.stats} [none] (a file rewritten
 * every second with the call and relay counters), {@code bench.log} [WARNING] (JUL root level),
 * {@code bench.max-calls} [20000] (calls anchored at once), {@code bench.monitor} [none] (agent:supervisor
 * pairs: every answered call to such an agent gets that supervisor, see {@link MonitorLoad}),
 * {@code bench.monitor-mode} [LISTEN] (the mode sessions start in), {@code bench.switch-log} [none]
 * (the file each mode switch is appended to).
 * Digest challenges are MD5 only (sipp knows no other).
 *
 * <p>Prints {@code ready} once SIP listens, then runs until killed (SIGTERM stops the server and
 * writes the final counters). Calls are only counted, never logged one by one. The relay counters
 * are those Earshot reports itself in every ENDED event ({@link CallEvent.MediaSummary}), so they
 * cover the calls that have ended.
 */
public final class BenchmarkServer {

    /** Every extension's password: the preloaded ones never use it, the supervisors' phone registers with it. */
    private static final String PASSWORD = "bench-secret";

    private final LongAdder ringing = new LongAdder();
    private final LongAdder answered = new LongAdder();
    private final LongAdder ended = new LongAdder();
    private final LongAdder fromCaller = new LongAdder();
    private final LongAdder toAgent = new LongAdder();
    private final LongAdder fromAgent = new LongAdder();
    private final LongAdder toCaller = new LongAdder();
    private final LongAdder lost = new LongAdder();
    private MonitorLoad monitors;

    public static void main(String[] args) throws Exception {
        Logger.getLogger("").setLevel(Level.parse(System.getProperty("bench.log", "WARNING")));
        Logger.getLogger("").getHandlers()[0].setLevel(Level.ALL);
        new BenchmarkServer().run();
    }

    private void run() throws Exception {
        String address = System.getProperty("bench.address", "127.0.0.1");
        int port = Integer.getInteger("bench.port", 15060);
        String[] rtp = System.getProperty("bench.rtp", "20000-31999").split("-");
        String realm = System.getProperty("bench.realm", "earshot");
        String targets = System.getProperty("bench.targets",
                "bench=sip:bench@127.0.0.1:15070,probe=sip:probe@127.0.0.1:15090");
        String stats = System.getProperty("bench.stats");

        Subscribers subscribers = new Subscribers(realm);
        SipSettings settings = SipSettings.of(address, port, realm, "earshot-bench-" + port)
                .withChallenges(DigestAlgorithm.MD5)
                .withRtpPorts(Integer.parseInt(rtp[0]), Integer.parseInt(rtp[1]))
                // The whole load comes from one sipp, which the per-source flood guard would
                // (rightly) throttle, and the call limit would cap the media series: both are lifted
                // so that what is measured is the B2BUA and the relay themselves.
                .withRequestRate(1_000_000, 1_000_000)
                .withMaxCalls(Integer.getInteger("bench.max-calls", 20_000));
        AtomicReference<SipServer> started = new AtomicReference<>();
        String monitored = System.getProperty("bench.monitor");
        if (monitored != null) {
            String switchLog = System.getProperty("bench.switch-log");
            monitors = new MonitorLoad(MonitorLoad.parsePairs(monitored),
                    MonitoringMode.valueOf(System.getProperty("bench.monitor-mode", "LISTEN")),
                    () -> started.get().callControl(), switchLog == null ? null : Path.of(switchLog));
        }
        SipServer server = new SipServer(settings, subscribers, new Queues(), listener(), agent -> { }, subscription -> { }, report -> { }, Clock.systemUTC());
        started.set(server);
        server.start();
        for (String user : System.getProperty("bench.users", "").split(",")) {
            if (!user.isBlank()) {
                subscribers.add(user.trim(), PASSWORD);
            }
        }
        Instant farExpiry = Instant.now().plus(3650, ChronoUnit.DAYS);
        for (String target : targets.split(",")) {
            String[] pair = target.split("=", 2);
            subscribers.add(pair[0], PASSWORD);
            server.locations().bind(new Binding(pair[0], pair[1], farExpiry, "bench-preloaded-" + pair[0], 1));
        }

        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-stats");
            t.setDaemon(true);
            return t;
        });
        if (stats != null) {
            writer.scheduleAtFixedRate(() -> write(Path.of(stats)), 1, 1, TimeUnit.SECONDS);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            writer.shutdownNow();
            server.stop();
            if (stats != null) {
                write(Path.of(stats));
            }
            System.out.println("stopped " + line());
            stopped.countDown();
        }, "bench-shutdown"));
        System.out.println("ready sip=" + address + ":" + port + " rtp=" + rtp[0] + "-" + rtp[1] + " targets=" + targets);
        System.out.flush();
        stopped.await();
    }

    /** The counters, and the monitoring load when there is one. */
    private CallEventListener listener() {
        CallEventListener counter = counter();
        if (monitors == null) {
            return counter;
        }
        return event -> {
            counter.onCallEvent(event);
            monitors.onCallEvent(event);
        };
    }

    private CallEventListener counter() {
        return event -> {
            switch (event.type()) {
                case RINGING -> ringing.increment();
                case ANSWERED -> answered.increment();
                case ENDED -> {
                    ended.increment();
                    CallEvent.MediaSummary media = event.media();
                    if (media != null) {
                        fromCaller.add(media.fromCaller());
                        toAgent.add(media.toAgent());
                        fromAgent.add(media.fromAgent());
                        toCaller.add(media.toCaller());
                        lost.add(media.lost());
                    }
                }
                default -> { }
            }
        };
    }

    private String line() {
        return "ringing=" + ringing.sum() + " answered=" + answered.sum() + " ended=" + ended.sum()
                + " relay_from_caller=" + fromCaller.sum() + " relay_to_agent=" + toAgent.sum()
                + " relay_from_agent=" + fromAgent.sum() + " relay_to_caller=" + toCaller.sum()
                + " relay_seq_gaps=" + lost.sum() + (monitors == null ? "" : " " + monitors.counters());
    }

    private void write(Path file) {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, line() + System.lineSeparator());
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
