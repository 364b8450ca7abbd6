package org.earshot.recording;

import java.io.ByteArrayOutputStream;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A stereo recording made up for the speech signals: a quiet line (noise 64 dB below full scale) on
 * both channels, with a tone wherever a party is said to talk, in milliseconds from the start.
 */
final class Conversation {

    private static final int SAMPLES_PER_MS = 8;
    /** About −15 dBFS: plainly talk. */
    private static final double LOUD = 8000;

    private final short[] caller;
    private final short[] agent;

    Conversation(int millis) {
        Random line = new Random(millis);
        caller = new short[millis * SAMPLES_PER_MS];
        agent = new short[millis * SAMPLES_PER_MS];
        for (int i = 0; i < caller.length; i++) {
            caller[i] = (short) (line.nextInt(41) - 20);
            agent[i] = (short) (line.nextInt(41) - 20);
        }
    }

    Conversation caller(int from, int to) {
        return tone(caller, from, to, LOUD);
    }

    Conversation agent(int from, int to) {
        return tone(agent, from, to, LOUD);
    }

    /** The caller talking at a level: a tone whose RMS is so many dB below full scale. */
    Conversation callerAt(double dbfs, int from, int to) {
        return tone(caller, from, to, Math.sqrt(2) * 32768 * Math.pow(10, dbfs / 20));
    }

    Conversation agentAt(double dbfs, int from, int to) {
        return tone(agent, from, to, Math.sqrt(2) * 32768 * Math.pow(10, dbfs / 20));
    }

    private Conversation tone(short[] channel, int from, int to, double amplitude) {
        for (int i = from * SAMPLES_PER_MS; i < to * SAMPLES_PER_MS; i++) {
            channel[i] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * 300 * i / 8000.0));
        }
        return this;
    }

    short[] caller() {
        return caller;
    }

    short[] agent() {
        return agent;
    }

    /** What the meter hears when the recorder writes it in blocks of that many samples. */
    SpeechActivity heardInBlocks(int block) {
        SpeechActivityMeter meter = new SpeechActivityMeter();
        for (int at = 0; at < caller.length; at += block) {
            int to = Math.min(caller.length, at + block);
            meter.accept(Arrays.copyOfRange(caller, at, to), Arrays.copyOfRange(agent, at, to), to - at);
        }
        return meter.finish();
    }

    SpeechActivity heard() {
        return heardInBlocks(Audio.BLOCK);
    }

    SpeechSignals signals() {
        return signals(List.of());
    }

    SpeechSignals signals(List<RecordingMarkerView> markers) {
        return new ConversationTimeline(heard(), TimelineSpans.of(markers)).signals();
    }

    /** The call track as the vault stores it: 16-bit little-endian, caller left, agent right. */
    ReadableByteChannel track() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int at = 0; at < caller.length; at += Audio.BLOCK) {
            int to = Math.min(caller.length, at + Audio.BLOCK);
            bytes.writeBytes(LinearPcm.interleave(Arrays.copyOfRange(caller, at, to), Arrays.copyOfRange(agent, at, to)));
        }
        return Channels.newChannel(new ByteArrayInputStream(bytes.toByteArray()));
    }

    static RecordingMarkerView marker(long offsetMillis, MarkerType type) {
        return new RecordingMarkerView(offsetMillis, type, null, null);
    }
}
