package org.earshot.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import org.junit.jupiter.api.Test;

/** Each channel's loudest sample, over the whole track (longer than one read), decides whether it is silent. */
class ChannelPeaksTest {

    private static final int SECONDS_OF_SAMPLES = 8000 * 3;

    @Test
    void aChannelThatNeverRisesAboveNoiseIsSilent() throws IOException {
        ChannelPeaks peaks = peaksOf(tone(SECONDS_OF_SAMPLES, 8000), noise(SECONDS_OF_SAMPLES, 40));

        assertThat(peaks.caller()).isGreaterThanOrEqualTo(7900);
        assertThat(peaks.agent()).isLessThan(ChannelPeaks.SILENCE);
        assertThat(peaks.silentChannels()).isEqualTo("agent");
    }

    @Test
    void oneLoudSampleAtTheEndIsSound() throws IOException {
        short[] agent = new short[SECONDS_OF_SAMPLES];
        agent[agent.length - 1] = -3000;

        ChannelPeaks peaks = peaksOf(tone(SECONDS_OF_SAMPLES, 8000), agent);

        assertThat(peaks.agent()).isEqualTo(3000);
        assertThat(peaks.silentChannels()).isEmpty();
    }

    @Test
    void bothSilentAreNamedTogether() throws IOException {
        assertThat(peaksOf(new short[800], new short[800]).silentChannels()).isEqualTo("caller and agent");
    }

    @Test
    void theLoudestNegativeSampleCounts() throws IOException {
        short[] caller = new short[800];
        caller[10] = Short.MIN_VALUE;
        assertThat(peaksOf(caller, new short[800]).caller()).isEqualTo(32768);
    }

    private static ChannelPeaks peaksOf(short[] caller, short[] agent) throws IOException {
        return ChannelPeaks.of(Channels.newChannel(new ByteArrayInputStream(LinearPcm.interleave(caller, agent))));
    }

    private static short[] tone(int samples, int amplitude) {
        short[] tone = new short[samples];
        for (int i = 0; i < samples; i++) {
            tone[i] = (short) (amplitude * Math.sin(2 * Math.PI * 440 * i / 8000.0));
        }
        return tone;
    }

    private static short[] noise(int samples, int amplitude) {
        short[] noise = new short[samples];
        for (int i = 0; i < samples; i++) {
            noise[i] = (short) ((i * 7919 % (2 * amplitude + 1)) - amplitude);
        }
        return noise;
    }
}
