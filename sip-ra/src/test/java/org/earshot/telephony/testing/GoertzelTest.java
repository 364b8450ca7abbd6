package org.earshot.telephony.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The detector the audio tests rely on: finds the tone that is there and not the ones that are not. */
class GoertzelTest {

    @Test
    void findsTheToneInG711AndNotOtherTones() throws Exception {
        short[] tone = Goertzel.decodeUlaw(Files.readAllBytes(Tone.pcmu(1000)));

        assertThat(Goertzel.levelDb(tone, 8000, 1000)).isBetween(-8.0, -4.0);
        assertThat(Goertzel.present(tone, 8000, 1000)).isTrue();
        assertThat(Goertzel.present(tone, 8000, 2600)).isFalse();
        assertThat(Goertzel.present(tone, 8000, 440)).isFalse();
    }

    @Test
    void silenceHasNoTone() {
        assertThat(Goertzel.present(new short[8000], 8000, 1000)).isFalse();
    }
}
