package org.earshot.telephony.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/**
 * Audio Earshot itself plays to a party: queue music, announcements, confirmation and notice tones.
 * Held as 8 kHz 16-bit mono linear PCM, the common ground of both G.711 laws, and encoded for each
 * party when played. Recorded prompts come from WAV files; tones are generated, so beeps need no files.
 */
public final class Prompt {

    private static final int SAMPLE_RATE = 8000;
    /** WAVE format codes (RFC 2361) of the encodings G.711 carries. */
    private static final int LINEAR_PCM = 1;
    private static final int A_LAW = 6;
    private static final int MU_LAW = 7;

    private static final double RAMP_SECONDS = 0.005; // tones fade in and out so they do not click

    private final String name;
    private final short[] samples;

    private Prompt(String name, short[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("Prompt " + name + " has no audio");
        }
        this.name = name;
        this.samples = samples;
    }

    /**
     * A prompt from a WAV file, which must be what G.711 carries: 8 kHz mono, either 16-bit linear PCM
     * or G.711 itself (8-bit µ-law or A-law, as telephony systems record prompts).
     */
    public static Prompt wav(String name, InputStream wav) throws IOException {
        ByteBuffer file = ByteBuffer.wrap(wav.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
        if (file.remaining() < 12 || !"RIFF".equals(fourCc(file)) || file.getInt() < 0 || !"WAVE".equals(fourCc(file))) {
            throw new IOException(name + " is not a WAV file");
        }
        G711 law = null;
        boolean formatChecked = false;
        while (file.remaining() >= 8) {
            String chunk = fourCc(file);
            int size = file.getInt();
            if (size < 0 || size > file.remaining()) {
                throw new IOException(name + ": chunk " + chunk + " runs past the end of the file");
            }
            ByteBuffer body = file.slice(file.position(), size).order(ByteOrder.LITTLE_ENDIAN);
            file.position(file.position() + size + (size & 1)); // chunks are padded to an even length
            if ("fmt ".equals(chunk)) {
                law = lawOf(name, body);
                formatChecked = true;
            } else if ("data".equals(chunk)) {
                if (!formatChecked) {
                    throw new IOException(name + ": audio data before its format");
                }
                return new Prompt(name, law != null ? law.decode(bytesOf(body)) : linear(body));
            }
        }
        throw new IOException(name + " holds no audio data");
    }

    /** A WAV prompt shipped on the class path, e.g. {@code /prompts/queue-chime.wav}. */
    public static Prompt resource(String path) {
        try (InputStream wav = Prompt.class.getResourceAsStream(path)) {
            if (wav == null) {
                throw new IllegalArgumentException("No prompt at " + path);
            }
            return wav(path, wav);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sine tone at a level in dBFS (0 = full scale), faded in and out over a few milliseconds. */
    public static Prompt tone(double hertz, Duration length, double levelDb) {
        short[] samples = new short[sampleCount(length)];
        double amplitude = 32767 * Math.pow(10, levelDb / 20);
        int ramp = Math.min((int) (RAMP_SECONDS * SAMPLE_RATE), samples.length / 2);
        for (int i = 0; i < samples.length; i++) {
            int edge = Math.min(i, samples.length - 1 - i);
            double envelope = edge >= ramp ? 1 : 0.5 - 0.5 * Math.cos(Math.PI * edge / ramp);
            samples[i] = (short) Math.round(envelope * amplitude * Math.sin(2 * Math.PI * hertz * i / SAMPLE_RATE));
        }
        return new Prompt(Math.round(hertz) + " Hz " + length.toMillis() + " ms", samples);
    }

    public static Prompt silence(Duration length) {
        return new Prompt("silence " + length.toMillis() + " ms", new short[sampleCount(length)]);
    }

    /** This prompt followed by another, e.g. a beep, a pause and a second beep. */
    public Prompt then(Prompt next) {
        short[] joined = Arrays.copyOf(samples, samples.length + next.samples.length);
        System.arraycopy(next.samples, 0, joined, samples.length, next.samples.length);
        return new Prompt(name + ", " + next.name, joined);
    }

    public String name() {
        return name;
    }

    public Duration length() {
        return Duration.ofMillis(samples.length * 1000L / SAMPLE_RATE);
    }

    /** The samples, for mixing into what a party hears; not to be changed. */
    short[] samples() {
        return samples;
    }

    byte[] encodedFor(G711 law) {
        return law.encode(samples);
    }

    @Override
    public String toString() {
        return name;
    }

    /** The G.711 law of the samples, or null for 16-bit linear PCM; anything else is refused. */
    private static G711 lawOf(String name, ByteBuffer format) throws IOException {
        if (format.remaining() < 16) {
            throw new IOException(name + ": truncated format chunk");
        }
        int encoding = format.getShort(0) & 0xFFFF;
        int channels = format.getShort(2);
        int rate = format.getInt(4);
        int bits = format.getShort(14);
        boolean linear = encoding == LINEAR_PCM && bits == 16;
        boolean g711 = (encoding == A_LAW || encoding == MU_LAW) && bits == 8;
        if (!(linear || g711) || channels != 1 || rate != SAMPLE_RATE) {
            throw new IOException(name + " must be 8000 Hz mono, 16-bit PCM or G.711 µ-law or A-law; it is format "
                    + encoding + ", " + channels + " channel(s), " + rate + " Hz, " + bits + " bit");
        }
        return encoding == A_LAW ? G711.PCMA : encoding == MU_LAW ? G711.PCMU : null;
    }

    private static short[] linear(ByteBuffer data) {
        short[] samples = new short[data.remaining() / 2];
        data.asShortBuffer().get(samples);
        return samples;
    }

    private static byte[] bytesOf(ByteBuffer data) {
        byte[] bytes = new byte[data.remaining()];
        data.get(bytes);
        return bytes;
    }

    private static String fourCc(ByteBuffer buffer) {
        byte[] id = new byte[4];
        buffer.get(id);
        return new String(id, StandardCharsets.US_ASCII);
    }

    private static int sampleCount(Duration length) {
        return (int) (length.toNanos() * SAMPLE_RATE / 1_000_000_000L);
    }
}
