package org.earshot.web.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WaveEntityTest {

    @TempDir
    Path dir;

    @Test
    void theHeaderDescribesSixteenBitPcmOfTheGivenChannelsRateAndLength() {
        ByteBuffer header = ByteBuffer.wrap(WaveHeader.pcm16(2, 8000, 32000)).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(ascii(header, 0)).isEqualTo("RIFF");
        assertThat(header.getInt(4)).isEqualTo(36 + 32000);
        assertThat(ascii(header, 8)).isEqualTo("WAVE");
        assertThat(ascii(header, 12)).isEqualTo("fmt ");
        assertThat(header.getInt(16)).isEqualTo(16);
        assertThat(header.getShort(20)).as("PCM").isEqualTo((short) 1);
        assertThat(header.getShort(22)).as("channels").isEqualTo((short) 2);
        assertThat(header.getInt(24)).as("sample rate").isEqualTo(8000);
        assertThat(header.getInt(28)).as("bytes per second").isEqualTo(32000);
        assertThat(header.getShort(32)).as("block align").isEqualTo((short) 4);
        assertThat(header.getShort(34)).as("bits").isEqualTo((short) 16);
        assertThat(ascii(header, 36)).isEqualTo("data");
        assertThat(header.getInt(40)).isEqualTo(32000);
    }

    @Test
    void aMonoHeaderHasTwoBytesPerFrame() {
        ByteBuffer header = ByteBuffer.wrap(WaveHeader.pcm16(1, 8000, 16000)).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(header.getShort(22)).isEqualTo((short) 1);
        assertThat(header.getInt(28)).isEqualTo(16000);
        assertThat(header.getShort(32)).isEqualTo((short) 2);
    }

    @Test
    void aHeaderRefusesWhatNoWavFileHolds() {
        assertThatThrownBy(() -> WaveHeader.pcm16(3, 8000, 60)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WaveHeader.pcm16(2, 8000, 6)).as("half a stereo frame").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WaveHeader.pcm16(1, 8000, 0x1_0000_0000L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWholeEntityIsTheHeaderThenThePcm() throws IOException {
        byte[] pcm = pcm(1000);
        try (FileChannel channel = open(pcm)) {
            WaveEntity entity = new WaveEntity(2, 8000, pcm.length, channel);

            byte[] body = written(entity, ByteRange.whole(entity.length()));

            assertThat(entity.length()).isEqualTo(1044);
            assertThat(Arrays.copyOf(body, 44)).isEqualTo(WaveHeader.pcm16(2, 8000, 1000));
            assertThat(Arrays.copyOfRange(body, 44, body.length)).isEqualTo(pcm);
        }
    }

    @Test
    void aRangeAcrossTheHeaderAndThePcmIsTheSameBytesAsTheWholeEntityHas() throws IOException {
        byte[] pcm = pcm(100_000);
        try (FileChannel channel = open(pcm)) {
            WaveEntity entity = new WaveEntity(2, 8000, pcm.length, channel);
            byte[] whole = written(entity, ByteRange.whole(entity.length()));

            assertThat(written(entity, new ByteRange(10, 99))).isEqualTo(Arrays.copyOfRange(whole, 10, 100));
            assertThat(written(entity, new ByteRange(0, 43))).isEqualTo(Arrays.copyOf(whole, 44));
            assertThat(written(entity, new ByteRange(50_000, 99_999))).isEqualTo(Arrays.copyOfRange(whole, 50_000, 100_000));
            assertThat(written(entity, new ByteRange(100_043, 100_043))).containsExactly(whole[100_043]);
        }
    }

    @Test
    void pcmShorterThanAnnouncedIsAnErrorNotASilentlyShortBody() throws IOException {
        try (FileChannel channel = open(pcm(100))) {
            WaveEntity entity = new WaveEntity(1, 8000, 200, channel);

            assertThatThrownBy(() -> written(entity, ByteRange.whole(entity.length()))).isInstanceOf(IOException.class);
        }
    }

    private static byte[] written(WaveEntity entity, ByteRange range) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        entity.write(range, out);
        return out.toByteArray();
    }

    private FileChannel open(byte[] content) throws IOException {
        Path file = Files.write(dir.resolve("audio.pcm"), content);
        return FileChannel.open(file, StandardOpenOption.READ);
    }

    private static byte[] pcm(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + i / 256);
        }
        return bytes;
    }

    private static String ascii(ByteBuffer buffer, int at) {
        return new String(buffer.array(), at, 4, StandardCharsets.US_ASCII);
    }
}
