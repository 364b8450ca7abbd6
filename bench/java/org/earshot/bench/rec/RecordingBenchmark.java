package org.earshot.bench.rec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.CallEventListener;
import org.earshot.telephony.api.RecordingEnd;
import org.earshot.telephony.api.RecordingOptions;
import org.earshot.telephony.api.RecordingSink;
import org.earshot.telephony.directory.DigestAlgorithm;
import org.earshot.telephony.registrar.Binding;
import org.earshot.telephony.sip.SipServer;
import org.earshot.telephony.sip.SipSettings;
import org.earshot.telephony.testing.Queues;
import org.earshot.telephony.testing.Subscribers;

/**
 * The recording benchmark's system under test (bench/rec-run.sh): Earshot's telephony core as
 * sip-ra's BenchmarkServer runs it (SIP server, B2BUA, relay; in-memory directory, preloaded
 * bindings), with EVERY call recorded: at its RINGING event (the agent's phone rings, the call is not
 * answered yet) the harness asks the B2BUA to record it, {@code B2bua.record(callId, sink, options)},
 * as the EJB layer does through the resource adapter's CallControl, so the recording starts with
 * the answer. The sink is one of:
 * <ul>
 * <li>{@code encrypted}: the vault's encrypting sink (org.earshot.recording, ejb), plain Java, with a
 *     key-encryption keyset file in the scratch directory;</li>
 * <li>{@code plain}: the same stereo 16-bit PCM written to a plain file per call, for the cost of
 *     encryption alone.</li>
 * </ul>
 * Both are wrapped in a counting sink: blocks, samples, and the time spent in the sink's write (on
 * the core's recording thread). Properties: those of BenchmarkServer (bench.port, bench.rtp,
 * bench.targets, bench.stats) and bench.record (encrypted|plain), bench.record.dir,
 * bench.record.keyset, bench.record.log (one line per recording, for RecordingCheck).
 * Prints {@code ready}; SIGTERM stops the server (recordings under way end "server stopping") and
 * writes the final counters.
 */
public final class RecordingBenchmark {

    private final LongAdder ringing = new LongAdder();
    private final LongAdder answered = new LongAdder();
    private final LongAdder ended = new LongAdder();
    private final LongAdder fromCaller = new LongAdder();
    private final LongAdder toAgent = new LongAdder();
    private final LongAdder fromAgent = new LongAdder();
    private final LongAdder toCaller = new LongAdder();
    private final LongAdder lost = new LongAdder();
    private final LongAdder asked = new LongAdder();
    private final LongAdder refused = new LongAdder();
    private final LongAdder sinkFailed = new LongAdder();
    private final LongAdder started = new LongAdder();
    private final LongAdder startedLate = new LongAdder();
    private final LongAdder stoppedComplete = new LongAdder();
    private final LongAdder stoppedIncomplete = new LongAdder();
    private final LongAdder sinkClosed = new LongAdder();
    private final LongAdder blocks = new LongAdder();
    private final LongAdder samples = new LongAdder();
    private final LongAdder writeNanos = new LongAdder();
    /** The recorder's own count of packets it left out (too late or too far ahead), from its log line at each recording's end. */
    private final LongAdder recorderDropped = new LongAdder();
    private final LongAdder recordingsWithDrops = new LongAdder();
    /** Held: JUL keeps loggers weakly, and a collected one would lose the level and handler set here. */
    private Logger recorderLog;
    private final Map<String, Instant> answeredAt = new ConcurrentHashMap<>();
    private final AtomicReference<SipServer> server = new AtomicReference<>();
    private final ExecutorService logWriter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bench-reclog");
        t.setDaemon(true);
        return t;
    });
    private Sinks sinks;
    private BufferedWriter log;

    public static void main(String[] args) throws Exception {
        Logger.getLogger("").setLevel(Level.parse(System.getProperty("bench.log", "WARNING")));
        Logger.getLogger("").getHandlers()[0].setLevel(Level.ALL);
        new RecordingBenchmark().run();
    }

    private void run() throws Exception {
        String address = System.getProperty("bench.address", "127.0.0.1");
        int port = Integer.getInteger("bench.port", 15060);
        String[] rtp = System.getProperty("bench.rtp", "20000-31999").split("-");
        String realm = System.getProperty("bench.realm", "earshot");
        String targets = System.getProperty("bench.targets", "bench=sip:bench@127.0.0.1:15070");
        String stats = System.getProperty("bench.stats");
        String mode = System.getProperty("bench.record", "encrypted");
        Path dir = Path.of(System.getProperty("bench.record.dir", "recordings"));
        Files.createDirectories(dir);
        sinks = switch (mode) {
            case "plain" -> new PlainSinks(dir);
            // compiled only where the ejb module's classes are (bench/rec-setup.sh), hence by name
            case "encrypted" -> (Sinks) Class.forName("org.earshot.bench.rec.VaultSinks").getDeclaredConstructor(Path.class, Path.class)
                    .newInstance(dir, Path.of(System.getProperty("bench.record.keyset", "keyset.json")));
            default -> throw new IllegalArgumentException("bench.record: encrypted or plain, not " + mode);
        };
        log = Files.newBufferedWriter(Path.of(System.getProperty("bench.record.log", "recordings.log")));
        countRecorderDrops();

        Subscribers subscribers = new Subscribers(realm);
        SipSettings settings = SipSettings.of(address, port, realm, "earshot-recbench-" + port)
                .withChallenges(DigestAlgorithm.MD5)
                .withRtpPorts(Integer.parseInt(rtp[0]), Integer.parseInt(rtp[1]))
                .withRequestRate(1_000_000, 1_000_000)   // as BenchmarkServer: one sipp sends the whole load
                .withMaxCalls(Integer.getInteger("bench.max-calls", 20_000));
        SipServer sip = new SipServer(settings, subscribers, new Queues(), this::onCallEvent, agent -> { },
                subscription -> { }, report -> { }, Clock.systemUTC());
        server.set(sip);
        sip.start();
        Instant farExpiry = Instant.now().plus(3650, ChronoUnit.DAYS);
        for (String target : targets.split(",")) {
            String[] pair = target.split("=", 2);
            subscribers.add(pair[0], "bench-secret");
            sip.locations().bind(new Binding(pair[0], pair[1], farExpiry, "bench-preloaded-" + pair[0], 1));
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
            sip.stop();
            logWriter.shutdown();
            try {
                logWriter.awaitTermination(5, TimeUnit.SECONDS);
                log.close();
            } catch (IOException | InterruptedException e) {
                System.err.println("recordings log: " + e);
            }
            if (stats != null) {
                write(Path.of(stats));
            }
            System.out.println("stopped " + line());
            stopped.countDown();
        }, "bench-shutdown"));
        System.out.println("ready sip=" + address + ":" + port + " rtp=" + rtp[0] + "-" + rtp[1] + " record=" + mode
                + " dir=" + dir + " cpus=" + Runtime.getRuntime().availableProcessors());
        System.out.flush();
        stopped.await();
    }

    /**
     * The recorder logs, at INFO when a recording ends, how many packets it left out; the core exposes
     * no counter of them, so the harness counts those log records (and keeps them out of the log).
     */
    private void countRecorderDrops() {
        Logger recorder = Logger.getLogger("org.earshot.telephony.media.CallRecorder");
        recorderLog = recorder;
        recorder.setLevel(Level.INFO);
        recorder.setUseParentHandlers(false);
        recorder.addHandler(new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("left out (\\d+) packets").matcher(String.valueOf(record.getMessage()));
                if (m.find()) {
                    recorderDropped.add(Long.parseLong(m.group(1)));
                    recordingsWithDrops.increment();
                } else if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    System.err.println(record.getLevel() + " " + record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    /** Called synchronously by the core, under the call's lock. */
    private void onCallEvent(CallEvent event) {
        switch (event.type()) {
            case RINGING -> {
                ringing.increment();
                record(event.callId());
            }
            case ANSWERED -> {
                answered.increment();
                answeredAt.put(event.callId(), event.at());
            }
            case RECORDING_STARTED -> {
                started.increment();
                if (!"0".equals(event.detail())) {
                    startedLate.increment();
                }
                line("started", event.callId(), event.at().toEpochMilli(), event.detail());
            }
            case RECORDING_STOPPED -> {
                if (RecordingEnd.ofDetail(event.detail()).complete()) {
                    stoppedComplete.increment();
                } else {
                    stoppedIncomplete.increment();
                }
                line("stopped", event.callId(), event.at().toEpochMilli(), event.detail().replace(' ', '_'));
            }
            case ENDED -> {
                ended.increment();
                Instant at = answeredAt.remove(event.callId());
                CallEvent.MediaSummary media = event.media();
                // the packets Earshot received from each party: what that party's channel must hold
                line("call", event.callId(), at == null ? -1 : at.toEpochMilli(), event.at().toEpochMilli(),
                        media == null ? -1 : media.fromCaller(), media == null ? -1 : media.fromAgent());
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
    }

    private void record(String callId) {
        asked.increment();
        RecordingSink sink;
        try {
            Sinks.Opened opened = sinks.open(callId);
            line("file", callId, opened.path(), opened.key());
            sink = new Counting(callId, opened.sink());
        } catch (IOException | RuntimeException e) {
            sinkFailed.increment();
            System.err.println("no sink for " + callId + ": " + e);
            return;
        }
        if (!server.get().callControl().record(callId, sink, new RecordingOptions(false, false, null))) {
            refused.increment();
            sink.close(RecordingEnd.failed("refused"));
        }
    }

    /** The sink the core writes, counting what it is given and the time the real sink takes. */
    private final class Counting implements RecordingSink {
        private final String callId;
        private final RecordingSink sink;
        private long samplesHere;

        Counting(String callId, RecordingSink sink) {
            this.callId = callId;
            this.sink = sink;
        }

        @Override
        public void write(short[] caller, short[] agent, short[] supervisor) throws IOException {
            long t = System.nanoTime();
            sink.write(caller, agent, supervisor);
            writeNanos.add(System.nanoTime() - t);
            blocks.increment();
            samples.add(caller.length);
            samplesHere += caller.length;
        }

        @Override
        public void close(RecordingEnd end) {
            long t = System.nanoTime();
            sink.close(end);
            writeNanos.add(System.nanoTime() - t);
            sinkClosed.increment();
            line("closed", callId, System.currentTimeMillis(), samplesHere, end.complete(), end.reason().replace(' ', '_'));
        }
    }

    /** One line of the recordings log, written off the core's threads. */
    private void line(Object... fields) {
        StringBuilder b = new StringBuilder();
        for (Object f : fields) {
            b.append(b.isEmpty() ? "" : " ").append(f);
        }
        b.append('\n');
        logWriter.execute(() -> {
            try {
                log.write(b.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private String line() {
        return "ringing=" + ringing.sum() + " answered=" + answered.sum() + " ended=" + ended.sum()
                + " relay_from_caller=" + fromCaller.sum() + " relay_to_agent=" + toAgent.sum()
                + " relay_from_agent=" + fromAgent.sum() + " relay_to_caller=" + toCaller.sum()
                + " relay_seq_gaps=" + lost.sum()
                + " rec_asked=" + asked.sum() + " rec_refused=" + refused.sum() + " rec_sink_failed=" + sinkFailed.sum()
                + " rec_started=" + started.sum() + " rec_started_late=" + startedLate.sum()
                + " rec_complete=" + stoppedComplete.sum() + " rec_incomplete=" + stoppedIncomplete.sum()
                + " rec_closed=" + sinkClosed.sum() + " rec_blocks=" + blocks.sum() + " rec_samples=" + samples.sum()
                + " rec_write_us=" + writeNanos.sum() / 1000
                + " rec_recorder_dropped=" + recorderDropped.sum() + " rec_recordings_with_drops=" + recordingsWithDrops.sum();
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
