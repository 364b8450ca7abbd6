package org.earshot.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.earshot.testing.WavFiles.mono;
import static org.earshot.testing.WavFiles.wav;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.sound.sampled.AudioFormat;
import org.earshot.organization.OrganizationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Uploaded prompts are what the telephony core plays: 8 kHz mono WAV, linear or G.711, up to a minute. */
class PromptFileTest {

    private static final AudioFormat.Encoding PCM = AudioFormat.Encoding.PCM_SIGNED;

    @Test
    void shippedAnnouncementIsAValidPrompt() throws IOException {
        try (InputStream shipped = PromptFileTest.class.getResourceAsStream("/prompts/call-may-be-monitored.wav")) {
            assertThat(PromptFile.check("call-may-be-monitored.wav", shipped.readAllBytes()))
                    .isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Encoding.class)
    void telephoneQualityWavIsAcceptedInEachEncoding(Encoding encoding) {
        assertThat(PromptFile.check("notice.wav", wav(encoding.format(), 8000 * 3 / 2))).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void aMinuteIsTheLongestPrompt() {
        assertThat(PromptFile.check("minute.wav", wav(mono(AudioFormat.Encoding.ULAW, 8000, 1), 60 * 8000)))
                .isEqualTo(Duration.ofSeconds(60));
        assertRefused(wav(mono(AudioFormat.Encoding.ULAW, 8000, 1), 61 * 8000), "lasts 61 s; a prompt may last at most 60 s");
        assertRefused(new byte[PromptFile.LARGEST_BYTES + 1], "larger than a minute");
    }

    @Test
    void wavTheTelephoneCannotCarryIsRefusedSayingWhy() {
        assertRefused(wav(mono(PCM, 16000, 2), 1600), "16000 Hz");
        assertRefused(wav(new AudioFormat(PCM, 8000, 16, 2, 4, 8000, false), 800), "2 channel(s)");
        assertRefused(wav(mono(PCM, 8000, 1), 800), "8 bit");
    }

    @Test
    void fileThatIsNoWavOrHoldsNoAudioIsRefused() {
        assertRefused("ID3 an mp3 file".getBytes(StandardCharsets.US_ASCII), "not a WAV file");
        assertRefused(wav(mono(PCM, 8000, 2), 0), "has no audio");
        assertRefused(new byte[0], "Choose a WAV file");
        assertRefused(null, "Choose a WAV file");
    }

    private static void assertRefused(byte[] file, String why) {
        assertThatThrownBy(() -> PromptFile.check("upload.wav", file))
                .isInstanceOfSatisfying(OrganizationException.class, e -> assertThat(e.getField()).isEqualTo("file"))
                .hasMessageContaining(why);
    }

    /** The encodings a prompt may come in. */
    enum Encoding {
        LINEAR_16_BIT(PCM, 2), MU_LAW(AudioFormat.Encoding.ULAW, 1), A_LAW(AudioFormat.Encoding.ALAW, 1);

        private final AudioFormat.Encoding encoding;
        private final int bytes;

        Encoding(AudioFormat.Encoding encoding, int bytes) {
            this.encoding = encoding;
            this.bytes = bytes;
        }

        AudioFormat format() {
            return mono(encoding, 8000, bytes);
        }
    }
}
