package org.earshot.recording;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/**
 * A sealed track's plaintext with its verified size. Tink's keyset decrypter learns the size only
 * once a read has matched a key, and an empty track never matches one (it has nothing to read), so
 * the size is checked when the track is opened and kept here.
 */
final class SealedPlaintext implements SeekableByteChannel {

    private final SeekableByteChannel decrypting;
    private final long size;
    private long position;

    SealedPlaintext(SeekableByteChannel decrypting, long size) {
        this.decrypting = decrypting;
        this.size = size;
    }

    @Override
    public int read(ByteBuffer destination) throws IOException {
        if (position >= size) {
            return -1;
        }
        decrypting.position(position);
        int read = decrypting.read(destination);
        position += Math.max(read, 0);
        return read;
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) {
        if (newPosition < 0) {
            throw new IllegalArgumentException("negative position " + newPosition);
        }
        position = newPosition;
        return this;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public int write(ByteBuffer source) {
        throw new NonWritableChannelException();
    }

    @Override
    public SeekableByteChannel truncate(long newSize) {
        throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
        return decrypting.isOpen();
    }

    @Override
    public void close() throws IOException {
        decrypting.close();
    }
}
