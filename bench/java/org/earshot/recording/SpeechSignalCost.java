package org.earshot.recording;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Random;

/**
 * The CPU time of the speech signals per minute of audio (docs/benchmarks.md, "Speech signals"):
 * a made-up conversation (parties taking turns with noise bursts shaped like syllables, some
 * overtalk, a quiet line between) is fed to {@link SpeechActivityMeter} in the recorder's blocks of
 * 200 ms (1 600 samples a channel), as the sink feeds it on the recorder thread, one call of
 * CALL_MINUTES after another; each call is then finished and counted into its signals
 * ({@link ConversationTimeline}), as the transaction that finishes a recording does. CPU time of this
 * thread (ThreadMXBean), the first round not counted (JIT warm-up). Run it pinned to one CPU
 * (bench/speech-cost.sh). Usage: SpeechSignalCost [MINUTES=120] [ROUNDS=5] [CALL_MINUTES=5]. Prints one JSON line.
 */
public final class SpeechSignalCost {

    private static final int RATE = 8000;
    private static final int BLOCK = 1600;

    public static void main(String[] args) {
        int minutes = args.length > 0 ? Integer.parseInt(args[0]) : 120;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int callMinutes = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        short[][] minute = conversation(new Random(42));
        short[] caller = new short[BLOCK];
        short[] agent = new short[BLOCK];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long streaming = 0;
        long finishing = 0;
        long checksum = 0;
        for (int round = 0; round < rounds; round++) {
            long roundStreaming = 0;
            long roundFinishing = 0;
            for (int call = 0; call < minutes / callMinutes; call++) {
                SpeechActivityMeter meter = new SpeechActivityMeter();
                long started = threads.getCurrentThreadCpuTime();
                for (int m = 0; m < callMinutes; m++) {
                    for (int at = 0; at < RATE * 60; at += BLOCK) {
                        System.arraycopy(minute[0], at, caller, 0, BLOCK);
                        System.arraycopy(minute[1], at, agent, 0, BLOCK);
                        meter.accept(caller, agent, BLOCK);
                    }
                }
                long streamed = threads.getCurrentThreadCpuTime();
                SpeechSignals signals = new ConversationTimeline(meter.finish(), TimelineSpans.none()).signals();
                long finished = threads.getCurrentThreadCpuTime();
                checksum += signals.callerTalkMs() + signals.overtalkCount();
                roundStreaming += streamed - started;
                roundFinishing += finished - streamed;
            }
            if (round > 0) {
                streaming += roundStreaming;
                finishing += roundFinishing;
            }
        }
        double counted = (double) (minutes / callMinutes) * callMinutes * (rounds - 1);
        double streamingPerMinute = streaming / 1e3 / counted;
        double finishingPerMinute = finishing / 1e3 / counted;
        System.out.printf("{\"minutes_per_round\": %d, \"rounds_counted\": %d, \"call_minutes\": %d, "
                        + "\"streaming_cpu_us_per_audio_minute\": %.1f, \"finishing_cpu_us_per_audio_minute\": %.1f, "
                        + "\"total_cpu_us_per_audio_minute\": %.1f, \"percent_of_a_core_per_concurrent_call\": %.5f, \"checksum\": %d}%n",
                minutes / callMinutes * callMinutes, rounds - 1, callMinutes, streamingPerMinute, finishingPerMinute,
                streamingPerMinute + finishingPerMinute, (streamingPerMinute + finishingPerMinute) / 60e6 * 100, checksum);
    }

    /** One minute of stereo audio: turns of 2-8 s, syllables of 100-300 ms with gaps, a second of overtalk now and then. */
    private static short[][] conversation(Random random) {
        short[][] channels = new short[2][RATE * 60];
        for (short[] channel : channels) {
            for (int i = 0; i < channel.length; i++) {
                channel[i] = (short) (random.nextInt(41) - 20);
            }
        }
        int at = 0;
        int party = 0;
        while (at < RATE * 60) {
            int turnEnd = Math.min(RATE * 60, at + RATE * (2 + random.nextInt(7)));
            for (int syllable = at; syllable < turnEnd; ) {
                int length = RATE / 10 + random.nextInt(RATE / 5);
                double loudness = 2000 + random.nextInt(8000);
                for (int i = syllable; i < Math.min(turnEnd, syllable + length); i++) {
                    channels[party][i] = (short) (loudness * Math.sin(Math.PI * (i - syllable) / length) * (random.nextDouble() * 2 - 1));
                }
                syllable += length + random.nextInt(RATE / 4);
            }
            at = turnEnd - (random.nextInt(4) == 0 ? RATE : 0) + RATE / 2 * random.nextInt(3);
            party = 1 - party;
        }
        return channels;
    }

    private SpeechSignalCost() {
    }
}
