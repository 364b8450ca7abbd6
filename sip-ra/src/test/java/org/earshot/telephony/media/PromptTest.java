package org.earshot.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.earshot.telephony.testing.Goertzel;
import org.earshot.telephony.testing.Wav;
import org.junit.jupiter.api.Test;

/** Prompts come from 8 kHz mono WAV files or from tones, and nothing else is accepted silently. */
class PromptTest {

    @Test
    void wavSamplesArePlayedAsRecorded() throws Exception {
        Prompt prompt = Prompt.wav("two samples", wav(8000, 1, 16, new short[] {1000, -1000}));

        assertThat(G711.PCMU.decode(prompt.encodedFor(G711.PCMU))).containsExactly(G711.PCMU.decode(G711.PCMU.encode(1000)),
                G711.PCMU.decode(G711.PCMU.encode(-1000)));
        assertThat(prompt.name()).isEqualTo("two samples");
    }

    @Test
    void wavThatG711CannotCarryIsRefusedWithItsFormat() {
        assertThatThrownBy(() -> Prompt.wav("hd.wav", wav(16000, 1, 16, new short[] {1})))
                .isInstanceOf(IOException.class).hasMessageContaining("16000 Hz");
        assertThatThrownBy(() -> Prompt.wav("stereo.wav", wav(8000, 2, 16, new short[] {1, 1})))
                .isInstanceOf(IOException.class).hasMessageContaining("2 channel");
        assertThatThrownBy(() -> Prompt.wav("notes.txt", new ByteArrayInputStream("hello".getBytes(StandardCharsets.US_ASCII))))
                .isInstanceOf(IOException.class).hasMessageContaining("not a WAV");
        assertThatThrownBy(() -> Prompt.wav("empty.wav", wav(8000, 1, 16, new short[0])))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void g711WavIsPlayedAsRecordedInEitherLaw() throws Exception {
        for (G711 law : G711.values()) {
            Prompt prompt = Prompt.wav("notice.wav", new ByteArrayInputStream(Wav.g711Tone(law, 1200, 500)));

            short[] samples = G711.PCMU.decode(prompt.encodedFor(G711.PCMU));
            assertThat(prompt.length()).as(law.toString()).isEqualTo(Duration.ofMillis(500));
            assertThat(Goertzel.levelDb(samples, 8000, 1200)).as(law.toString()).isBetween(-14.0, -10.0);
        }
    }

    @Test
    void shippedQueueChimeLastsTwoSeconds() {
        assertThat(Prompt.resource("/prompts/queue-chime.wav").length()).isEqualTo(Duration.ofSeconds(2));
        assertThatThrownBy(() -> Prompt.resource("/prompts/missing.wav")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toneHasItsFrequencyAndLevel() {
        short[] samples = G711.PCMU.decode(Prompt.tone(440, Duration.ofMillis(500), -12).encodedFor(G711.PCMU));

        assertThat(samples).hasSize(4000);
        assertThat(Goertzel.levelDb(samples, 8000, 440)).isBetween(-13.5, -11.5);
        assertThat(Goertzel.present(samples, 8000, 880)).isFalse();
    }

    @Test
    void promptsJoinInOrder() {
        Prompt beeps = Prompt.tone(440, Duration.ofMillis(200), -10).then(Prompt.silence(Duration.ofMillis(100)))
                .then(Prompt.tone(880, Duration.ofMillis(200), -10));

        assertThat(beeps.length()).isEqualTo(Duration.ofMillis(500));
        assertThat(beeps.name()).isEqualTo("440 Hz 200 ms, silence 100 ms, 880 Hz 200 ms");
        short[] samples = G711.PCMA.decode(beeps.encodedFor(G711.PCMA));
        assertThat(Goertzel.present(Arrays.copyOfRange(samples, 0, 1600), 8000, 440)).isTrue();
        assertThat(Goertzel.present(Arrays.copyOfRange(samples, 2400, 4000), 8000, 880)).isTrue();
    }

    /** A canonical WAV file with a LIST chunk before the audio, as editors write them. */
    private static ByteArrayInputStream wav(int rate, int channels, int bits, short[] samples) {
        byte[] list = "LIST\u0004\u0000\u0000\u0000INFO".getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer file = ByteBuffer.allocate(12 + 24 + list.length + 8 + samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        file.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(file.capacity() - 8).put("WAVE".getBytes(StandardCharsets.US_ASCII));
        file.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) channels)
                .putInt(rate).putInt(rate * channels * bits / 8).putShort((short) (channels * bits / 8)).putShort((short) bits);
        file.put(list);
        file.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples.length * 2);
        for (short sample : samples) {
            file.putShort(sample);
        }
        return new ByteArrayInputStream(file.array());
    }
}
