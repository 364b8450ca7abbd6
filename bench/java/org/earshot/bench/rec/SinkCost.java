package org.earshot.bench.rec;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.earshot.telephony.api.RecordingEnd;
import org.earshot.telephony.api.RecordingSink;

/**
 * The cost of encryption alone, without calls: the same stereo PCM (a 440 Hz tone, both channels)
 * written as the core's recording thread writes it (blocks of 200 ms, i.e. 1 600 samples per
 * channel) through the vault's encrypting sink and through the plain sink, into files on the same
 * disk, on one thread; CPU time of that thread (ThreadMXBean) and wall time per second of audio
 * recorded. Rounds alternate encrypted and plain; the first round of each is JIT warm-up and not
 * counted. Usage: SinkCost DIR KEYSET [RECORDINGS=200] [SECONDS=30] [ROUNDS=4]. Prints one JSON line.
 */
public final class SinkCost {

    private static final int BLOCK = 1600;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path keyset = Path.of(args[1]);
        int recordings = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        short[] tone = new short[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            tone[i] = (short) Math.round(16384 * Math.sin(2 * Math.PI * 440 * i / 8000.0));
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[2], wall = new long[2];
        for (int round = 0; round < rounds; round++) {
            for (int kind = 0; kind < 2; kind++) {
                clean(dir);
                Sinks sinks = kind == 0 ? new VaultSinks(dir, keyset) : new PlainSinks(dir);
                long c0 = mx.getCurrentThreadCpuTime(), w0 = System.nanoTime();
                RecordingSink[] open = new RecordingSink[recordings];
                for (int r = 0; r < recordings; r++) {
                    open[r] = sinks.open("bench-" + r).sink();
                }
                // interleaved as the recording thread does: every recording's next block in turn
                for (int b = 0; b < seconds * 8000 / BLOCK; b++) {
                    for (RecordingSink sink : open) {
                        sink.write(tone, tone, null);
                    }
                }
                for (RecordingSink sink : open) {
                    sink.close(RecordingEnd.CALL_ENDED);
                }
                if (round > 0) {
                    cpu[kind] += mx.getCurrentThreadCpuTime() - c0;
                    wall[kind] += System.nanoTime() - w0;
                }
            }
        }
        clean(dir);
        double recorded = (double) recordings * seconds * (rounds - 1);
        System.out.printf("{\"recordings\": %d, \"seconds\": %d, \"rounds_counted\": %d, "
                        + "\"encrypted_cpu_us_per_s\": %.1f, \"plain_cpu_us_per_s\": %.1f, "
                        + "\"encrypted_wall_us_per_s\": %.1f, \"plain_wall_us_per_s\": %.1f}%n",
                recordings, seconds, rounds - 1, cpu[0] / 1e3 / recorded, cpu[1] / 1e3 / recorded,
                wall[0] / 1e3 / recorded, wall[1] / 1e3 / recorded);
    }

    private static void clean(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
    }

    private SinkCost() {
    }
}
