package org.earshot.telephony.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Arrays;
import org.earshot.telephony.api.PromptAudio;

/**
 * Audio Earshot itself plays to a party: queue music, announcements, confirmation and notice tones.
 * Held as 8 kHz 16-bit mono linear PCM, the common ground of both G.711 laws, and encoded for each
 * party when played. Recorded prompts come from WAV files; tones are generated, so beeps need no files.
 */
public final class Prompt {

    private static final int SAMPLE_RATE = 8000;

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

    /** A prompt from a WAV file (see {@link PromptAudio} for what it must be). */
    public static Prompt wav(String name, InputStream wav) throws IOException {
        return of(PromptAudio.read(name, wav.readAllBytes()));
    }

    /** A recorded prompt, decoded to the samples it is mixed and played as. */
    public static Prompt of(PromptAudio audio) {
        byte[] data = audio.data();
        short[] samples = switch (audio.encoding()) {
            case LINEAR_16 -> linear(data);
            case MU_LAW -> G711.PCMU.decode(data);
            case A_LAW -> G711.PCMA.decode(data);
        };
        return new Prompt(audio.name(), samples);
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

    private static short[] linear(byte[] data) {
        short[] samples = new short[data.length / 2];
        ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
        return samples;
    }

    private static int sampleCount(Duration length) {
        return (int) (length.toNanos() * SAMPLE_RATE / 1_000_000_000L);
    }
}
