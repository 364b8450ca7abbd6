package org.earshot.telephony.api;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/**
 * A recorded prompt as the telephony core will play it: a WAV file whose audio G.711 carries, 8 kHz
 * mono, either 16-bit linear PCM or G.711 itself (8-bit µ-law or A-law, as telephony systems record
 * prompts). Reading checks the file, so an upload is refused exactly when the core could not play it;
 * the core decodes the audio as it holds it.
 */
public final class PromptAudio {

    /** How the audio is encoded in the file. */
    public enum Encoding {
        LINEAR_16(2), MU_LAW(1), A_LAW(1);

        private final int bytesPerSample;

        Encoding(int bytesPerSample) {
            this.bytesPerSample = bytesPerSample;
        }
    }

    private static final int SAMPLE_RATE = 8000;
    /** WAVE format codes (RFC 2361) of the encodings G.711 carries. */
    private static final int LINEAR_PCM = 1;
    private static final int A_LAW = 6;
    private static final int MU_LAW = 7;

    private final String name;
    private final Encoding encoding;
    private final byte[] data;

    private PromptAudio(String name, Encoding encoding, byte[] data) {
        this.name = name;
        this.encoding = encoding;
        this.data = data;
    }

    /** The audio of a WAV file, or why the core cannot play it (not WAV, another format, no audio). */
    public static PromptAudio read(String name, byte[] wav) throws IOException {
        ByteBuffer file = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        if (file.remaining() < 12 || !"RIFF".equals(fourCc(file)) || file.getInt() < 0 || !"WAVE".equals(fourCc(file))) {
            throw new IOException(name + " is not a WAV file");
        }
        Encoding encoding = null;
        while (file.remaining() >= 8) {
            String chunk = fourCc(file);
            int size = file.getInt();
            if (size < 0 || size > file.remaining()) {
                throw new IOException(name + ": chunk " + chunk + " runs past the end of the file");
            }
            ByteBuffer body = file.slice(file.position(), size).order(ByteOrder.LITTLE_ENDIAN);
            file.position(file.position() + size + (size & 1)); // chunks are padded to an even length
            if ("fmt ".equals(chunk)) {
                encoding = encodingOf(name, body);
            } else if ("data".equals(chunk)) {
                if (encoding == null) {
                    throw new IOException(name + ": audio data before its format");
                }
                byte[] data = new byte[body.remaining() - body.remaining() % encoding.bytesPerSample];
                if (data.length == 0) {
                    throw new IllegalArgumentException("Prompt " + name + " has no audio");
                }
                body.get(data);
                return new PromptAudio(name, encoding, data);
            }
        }
        throw new IOException(name + " holds no audio data");
    }

    public String name() {
        return name;
    }

    public Encoding encoding() {
        return encoding;
    }

    /** The audio as the file holds it (little-endian samples for {@link Encoding#LINEAR_16}); a copy. */
    public byte[] data() {
        return data.clone();
    }

    public Duration length() {
        return Duration.ofMillis(data.length / encoding.bytesPerSample * 1000L / SAMPLE_RATE);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PromptAudio audio && name.equals(audio.name) && encoding == audio.encoding
                && Arrays.equals(data, audio.data);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return name;
    }

    private static Encoding encodingOf(String name, ByteBuffer format) throws IOException {
        if (format.remaining() < 16) {
            throw new IOException(name + ": truncated format chunk");
        }
        int code = format.getShort(0) & 0xFFFF;
        int channels = format.getShort(2);
        int rate = format.getInt(4);
        int bits = format.getShort(14);
        boolean linear = code == LINEAR_PCM && bits == 16;
        boolean g711 = (code == A_LAW || code == MU_LAW) && bits == 8;
        if (!(linear || g711) || channels != 1 || rate != SAMPLE_RATE) {
            throw new IOException(name + " must be 8000 Hz mono, 16-bit PCM or G.711 µ-law or A-law; it is format "
                    + code + ", " + channels + " channel(s), " + rate + " Hz, " + bits + " bit");
        }
        return code == A_LAW ? Encoding.A_LAW : code == MU_LAW ? Encoding.MU_LAW : Encoding.LINEAR_16;
    }

    private static String fourCc(ByteBuffer buffer) {
        byte[] id = new byte[4];
        buffer.get(id);
        return new String(id, StandardCharsets.US_ASCII);
    }
}
