package org.earshot.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A prompt played inside a party's mix is added to what the party hears, frame by frame, until it has played through. */
class OverlayTest {

    @Test
    void promptIsAddedToTheHeardFrameAndClipped() {
        Prompt prompt = Prompt.tone(1000, Duration.ofMillis(20), 0);
        short[] loud = new short[RtpStream.FRAME_SAMPLES];
        Arrays.fill(loud, Short.MAX_VALUE);
        short[] quiet = new short[RtpStream.FRAME_SAMPLES];

        new Overlay(prompt).addTo(loud);
        new Overlay(prompt).addTo(quiet);

        assertThat(quiet).containsExactly(prompt.samples());
        for (int i = 0; i < loud.length; i++) {
            assertThat(loud[i]).isEqualTo(prompt.samples()[i] >= 0 ? Short.MAX_VALUE : (short) (Short.MAX_VALUE + prompt.samples()[i]));
        }
    }

    @Test
    void promptLastsAsManyFramesAsItsLengthAndEndsOnTheLast() {
        Overlay overlay = new Overlay(Prompt.tone(1000, Duration.ofMillis(50), -12));
        short[] third = new short[RtpStream.FRAME_SAMPLES];

        assertThat(overlay.addTo(new short[RtpStream.FRAME_SAMPLES])).isTrue();
        assertThat(overlay.addTo(new short[RtpStream.FRAME_SAMPLES])).isTrue();
        assertThat(overlay.addTo(third)).as("the last 10 ms, then silence").isFalse();
        assertThat(Arrays.copyOfRange(third, 80, 160)).containsOnly((short) 0);
    }
}
