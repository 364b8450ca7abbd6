package org.earshot.bench.rec;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.earshot.telephony.api.RecordingEnd;
import org.earshot.telephony.api.RecordingSink;

/**
 * The benchmark's unencrypted sink: the same stereo 16-bit little-endian PCM the vault encrypts
 * (caller left, agent right, no header), written to {@code <dir>/yyyy/MM/dd/<id>.call.pcm}, each block
 * written through to the file as it comes (as the vault writes each sealed segment through).
 */
final class PlainSinks implements Sinks {

    private final Path dir;

    PlainSinks(Path dir) {
        this.dir = dir;
    }

    @Override
    public Opened open(String callId) throws IOException {
        LocalDate day = LocalDate.now(ZoneOffset.UTC);
        Path folder = dir.resolve(String.format("%04d/%02d/%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
        Files.createDirectories(folder);
        Path file = folder.resolve(UUID.randomUUID() + ".call.pcm");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new Opened(new Sink(channel), file.toString(), "-");
    }

    private static final class Sink implements RecordingSink {
        private final FileChannel channel;
        private ByteBuffer buffer = ByteBuffer.allocate(0);

        Sink(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public void write(short[] caller, short[] agent, short[] supervisor) throws IOException {
            int bytes = caller.length * 4;
            if (buffer.capacity() < bytes) {
                buffer = ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
            }
            buffer.clear();
            for (int i = 0; i < caller.length; i++) {
                buffer.putShort(caller[i]).putShort(agent[i]);
            }
            buffer.flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }

        @Override
        public void close(RecordingEnd end) {
            try {
                channel.close();
            } catch (IOException e) {
                System.err.println("closing a plain recording: " + e);
            }
        }
    }
}
