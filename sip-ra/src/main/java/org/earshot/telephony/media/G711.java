package org.earshot.telephony.media;

import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * The two G.711 laws (ITU-T G.711) between 16-bit linear PCM and one byte per sample, with their
 * static RTP payload types (RFC 3551). Earshot decodes only where it must hear or speak audio itself
 * (prompts, tones, the mixer); a plain relay never touches the bytes.
 */
public enum G711 {

    PCMU(SessionDescription.PCMU) {
        @Override
        public byte encode(int sample) {
            // µ-law works on 14-bit magnitudes biased by 33, so that each segment starts at a power of two
            int scaled = sample >> 2;
            int magnitude = Math.min((scaled < 0 ? -scaled : scaled) + ULAW_BIAS, ULAW_MAX);
            int segment = segmentOf(magnitude >> 6);
            int code = (segment << 4) | ((magnitude >> (segment + 1)) & 0x0F);
            return (byte) (code ^ (sample < 0 ? 0x7F : 0xFF));
        }

        @Override
        public short decode(byte code) {
            int value = ~code & 0xFF;
            int segment = (value >> 4) & 0x07;
            int magnitude = ((((value & 0x0F) << 3) + (ULAW_BIAS << 2)) << segment) - (ULAW_BIAS << 2);
            return (short) ((value & 0x80) != 0 ? -magnitude : magnitude);
        }
    },

    PCMA(SessionDescription.PCMA) {
        @Override
        public byte encode(int sample) {
            // A-law works on 13-bit magnitudes (negative ones one step down); the first two segments share a step size
            int scaled = sample >> 3;
            int magnitude = Math.min(scaled < 0 ? -scaled - 1 : scaled, ALAW_MAX);
            int segment = segmentOf(magnitude >> 5);
            int code = (segment << 4) | ((magnitude >> (segment == 0 ? 1 : segment)) & 0x0F);
            return (byte) (code ^ (sample < 0 ? 0x55 : 0xD5));
        }

        @Override
        public short decode(byte code) {
            int value = (code ^ 0x55) & 0xFF;
            int segment = (value >> 4) & 0x07;
            int magnitude = ((value & 0x0F) << 4) + (segment == 0 ? 8 : 0x108);
            if (segment > 1) {
                magnitude <<= segment - 1;
            }
            return (short) ((value & 0x80) != 0 ? magnitude : -magnitude);
        }
    };

    private static final int ULAW_BIAS = 0x21;
    private static final int ULAW_MAX = 0x1FFF;
    private static final int ALAW_MAX = 0xFFF;

    private final int payloadType;

    G711(int payloadType) {
        this.payloadType = payloadType;
    }

    /** One 16-bit linear sample (values beyond the 16-bit range are clipped) as a code byte. */
    public abstract byte encode(int sample);

    /** One code byte as a 16-bit linear sample. */
    public abstract short decode(byte code);

    public byte[] encode(short[] samples) {
        byte[] codes = new byte[samples.length];
        for (int i = 0; i < samples.length; i++) {
            codes[i] = encode(samples[i]);
        }
        return codes;
    }

    public short[] decode(byte[] codes) {
        short[] samples = new short[codes.length];
        for (int i = 0; i < codes.length; i++) {
            samples[i] = decode(codes[i]);
        }
        return samples;
    }

    public int payloadType() {
        return payloadType;
    }

    public static Optional<G711> ofPayloadType(int payloadType) {
        return Optional.ofNullable(forPayloadType(payloadType));
    }

    /** The law of a static payload type, or null: for the relay thread, which asks for every packet it records or mixes. */
    static G711 forPayloadType(int payloadType) {
        return switch (payloadType) {
            case SessionDescription.PCMU -> PCMU;
            case SessionDescription.PCMA -> PCMA;
            default -> null;
        };
    }

    /**
     * Decodes {@code length} code bytes of a packet from {@code from} into {@code samples} from
     * {@code at}, replacing what is there or adding to it (clipped). A table lookup per byte: the relay
     * thread decodes every recorded and mixed packet.
     */
    void decode(ByteBuffer packet, int from, int length, short[] samples, int at, boolean adding) {
        short[] table = DecodeTables.of(this);
        for (int i = 0; i < length; i++) {
            short sample = table[packet.get(from + i) & 0xFF];
            samples[at + i] = adding ? (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, samples[at + i] + sample)) : sample;
        }
    }

    /** The law a party prefers: the first G.711 type of its offer, which is what Earshot answers with. */
    public static G711 preferredBy(SessionDescription offer) {
        return offer.g711Types().stream().findFirst().flatMap(G711::ofPayloadType)
                .orElseThrow(() -> new SdpException("No common codec: Earshot speaks PCMU and PCMA only"));
    }

    /** Every code byte's sample, per law, computed once by the laws' own {@link #decode(byte)}. */
    private static final class DecodeTables {
        private static final short[] PCMU_SAMPLES = tableOf(G711.PCMU);
        private static final short[] PCMA_SAMPLES = tableOf(G711.PCMA);

        static short[] of(G711 law) {
            return law == G711.PCMU ? PCMU_SAMPLES : PCMA_SAMPLES;
        }

        private static short[] tableOf(G711 law) {
            short[] table = new short[256];
            for (int code = 0; code < 256; code++) {
                table[code] = law.decode((byte) code);
            }
            return table;
        }
    }

    /** The segment (0-7) of a magnitude already shifted so that segment 0 is the value 0. */
    private static int segmentOf(int shifted) {
        return Math.min(7, 32 - Integer.numberOfLeadingZeros(shifted));
    }
}
