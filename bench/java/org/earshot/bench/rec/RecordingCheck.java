package org.earshot.bench.rec;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What Earshot's recordings of one benchmark run hold (bench/rec-run.sh, after the server stopped).
 * Usage: RecordingCheck encrypted|plain DIR KEYSET RECORDINGS_LOG SINCE_EPOCH_MS [MAX_FILES]
 * <p>Every call answered after SINCE (the warm-up's are left out) is read back in full: a plain file
 * as it is, an encrypted one decrypted through the vault (VaultSinks.read: the recording's wrapped key
 * from the log, the keyset file). The sent tone makes every frame a sender sent audible, so per
 * channel (caller left, agent right): the audible span (first to last non-zero sample) in 20 ms
 * frames, the silent runs inside it (gaps: frames lost or dropped by the recorder; the tone's own
 * zero crossings are single samples), and the frames present = span - gaps. rec-summary.py compares
 * the sums with the packets the kernel counted from the callers and the agents. Also: the
 * recording's length (samples / 8) against the call's duration (answered to ended, the core's
 * events), recordings incomplete (RECORDING_STOPPED or the sink's close), started late, unreadable.
 * Prints one JSON object.
 */
public final class RecordingCheck {

    private static final int FRAME = 160;
    /** A silent run this long inside the audible span is a gap (the tone's zero crossings are single samples). */
    private static final int GAP_MIN = 40;
    /**
     * Frames a stream may miss at its edge, with no gap inside it: the recorder places a stream's first
     * packet ending at its arrival, so a packet arriving less than a frame after the answer lands before
     * the recording's start and is dropped (at any load); sipp sometimes sends a stream's first two
     * packets back to back. Counted apart (edge_missing_frames), judged by the strict criterion only.
     */
    private static final long EDGE_MAX = 2;

    public static void main(String[] args) throws Exception {
        boolean encrypted = args[0].equals("encrypted");
        Path dir = Path.of(args[1]);
        Path keyset = Path.of(args[2]);
        long since = Long.parseLong(args[4]);
        int maxFiles = args.length > 5 ? Integer.parseInt(args[5]) : Integer.MAX_VALUE;
        Map<String, String[]> file = new HashMap<>();
        Map<String, long[]> call = new HashMap<>();
        Map<String, String> stopped = new HashMap<>();
        Map<String, String> startedDetail = new HashMap<>();
        Map<String, String[]> closed = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(args[3]))) {
            String[] f = line.split(" ");
            switch (f[0]) {
                case "file" -> file.put(f[1], new String[] {f[2], f[3]});
                case "call" -> call.put(f[1], new long[] {Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]), Long.parseLong(f[5])});
                case "stopped" -> stopped.put(f[1], f[3]);
                case "started" -> startedDetail.put(f[1], f[3]);
                case "closed" -> closed.put(f[1], f);
                default -> { }
            }
        }
        long calls = 0, recordings = 0, notStarted = 0, startedLate = 0, incomplete = 0, unreadable = 0, read = 0;
        long framesCaller = 0, framesAgent = 0, gapFrames = 0, gapRecordings = 0, bytes = 0, lenOff = 0;
        long diffMax = Long.MIN_VALUE, diffMin = Long.MAX_VALUE;
        long decryptNanos = 0;
        // against what Earshot received from each party of each call (its ENDED event's counters)
        long edgeFrames = 0, otherMissing = 0, extraFrames = 0;
        StringBuilder examples = new StringBuilder();
        for (Map.Entry<String, long[]> c : call.entrySet()) {
            long answered = c.getValue()[0], endedAt = c.getValue()[1];
            if (answered < since) {
                continue;   // the warm-up's, or never answered
            }
            calls++;
            String id = c.getKey();
            String[] where = file.get(id);
            if (where == null || !startedDetail.containsKey(id)) {
                notStarted++;
                continue;
            }
            recordings++;
            if (!"0".equals(startedDetail.get(id))) {
                startedLate++;
            }
            String[] close = closed.get(id);
            if (!"complete".equals(stopped.get(id)) || close == null || !"true".equals(close[4])) {
                incomplete++;
            }
            if (read >= maxFiles) {
                continue;
            }
            read++;
            long t = System.nanoTime();
            short[][] pcm;
            try (InputStream in = encrypted ? VaultRead.open(dir, keyset, where[0], where[1]) : Files.newInputStream(Path.of(where[0]))) {
                pcm = stereo(in);
            } catch (IOException | RuntimeException e) {
                unreadable++;
                if (examples.length() < 300) {
                    examples.append(id).append(": ").append(e).append("; ");
                }
                continue;
            }
            decryptNanos += System.nanoTime() - t;
            bytes += pcm[0].length * 4L;
            long[] left = channel(pcm[0]), right = channel(pcm[1]);
            framesCaller += left[0];
            framesAgent += right[0];
            gapFrames += left[1] + right[1];
            if (left[1] + right[1] > 0) {
                gapRecordings++;
                if (examples.length() < 300) {
                    examples.append(id).append(": gaps at ").append(left[2]).append('/').append(right[2]).append("; ");
                }
            }
            long[][] channels = {{c.getValue()[2], left[0], left[1]}, {c.getValue()[3], right[0], right[1]}};
            for (long[] ch : channels) {
                long missing = ch[0] - ch[1];
                if (ch[0] < 0) {
                    continue;
                }
                if (missing > 0 && missing <= EDGE_MAX && ch[2] == 0) {
                    edgeFrames += missing; // no gap inside the stream: its first packets, dropped by the recorder at the start
                } else if (missing > 0) {
                    otherMissing += missing;
                } else {
                    extraFrames -= missing;
                }
            }
            long diff = pcm[0].length / 8 - (endedAt - answered);     // ms
            diffMax = Math.max(diffMax, diff);
            diffMin = Math.min(diffMin, diff);
            if (Math.abs(diff) > 20) {
                lenOff++;
            }
        }
        System.out.println("{\"mode\": \"" + args[0] + "\", \"calls\": " + calls + ", \"recordings\": " + recordings
                + ", \"read\": " + read + ", \"not_started\": " + notStarted + ", \"started_late\": " + startedLate
                + ", \"incomplete\": " + incomplete + ", \"unreadable\": " + unreadable
                + ", \"frames_caller\": " + framesCaller + ", \"frames_agent\": " + framesAgent
                + ", \"gap_frames\": " + gapFrames + ", \"gap_recordings\": " + gapRecordings
                + ", \"len_diff_max_ms\": " + (read > 0 ? diffMax : "null") + ", \"len_diff_min_ms\": " + (read > 0 ? diffMin : "null")
                + ", \"len_over_one_frame\": " + lenOff
                + ", \"edge_missing_frames\": " + edgeFrames + ", \"other_missing_frames\": " + otherMissing
                + ", \"extra_frames\": " + extraFrames + ", \"bytes\": " + bytes
                + ", \"read_ms\": " + decryptNanos / 1_000_000
                + ", \"examples\": \"" + examples.toString().replace("\"", "'").replace("\\", "/") + "\"}");
    }

    /** The interleaved stereo 16-bit little-endian PCM of a stream, as two channels. */
    static short[][] stereo(InputStream raw) throws IOException {
        byte[] all = new BufferedInputStream(raw, 1 << 16).readAllBytes();
        int n = all.length / 4;
        short[] l = new short[n], r = new short[n];
        for (int i = 0; i < n; i++) {
            l[i] = (short) ((all[4 * i] & 0xFF) | (all[4 * i + 1] << 8));
            r[i] = (short) ((all[4 * i + 2] & 0xFF) | (all[4 * i + 3] << 8));
        }
        return new short[][] {l, r};
    }

    /** {frames present, gap frames, first gap's sample position or -1} of one channel. */
    static long[] channel(short[] s) {
        int first = -1, last = -1;
        for (int i = 0; i < s.length; i++) {
            if (s[i] != 0) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return new long[] {0, 0, -1};
        }
        long gapSamples = 0, firstGap = -1;
        int run = 0;
        for (int i = first; i <= last; i++) {
            if (s[i] == 0) {
                run++;
            } else {
                if (run >= GAP_MIN) {
                    gapSamples += run;
                    if (firstGap < 0) {
                        firstGap = i - run;
                    }
                }
                run = 0;
            }
        }
        long gaps = Math.round(gapSamples / (double) FRAME);
        long span = Math.round((last - first + 1) / (double) FRAME);
        return new long[] {span - gaps, gaps, firstGap};
    }

    /** The encrypted reading, through the vault (compiled only where the ejb classes are), by name. */
    private static final class VaultRead {
        static InputStream open(Path dir, Path keyset, String path, String key) throws IOException {
            try {
                return (InputStream) Class.forName("org.earshot.bench.rec.VaultSinks")
                        .getMethod("read", Path.class, Path.class, String.class, String.class)
                        .invoke(null, dir, keyset, path, key);
            } catch (ReflectiveOperationException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                throw cause instanceof IOException io ? io : new IOException(cause);
            }
        }
    }

    private RecordingCheck() {
    }
}
