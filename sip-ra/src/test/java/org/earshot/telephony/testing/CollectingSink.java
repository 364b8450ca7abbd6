package org.earshot.telephony.testing;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.earshot.telephony.api.RecordingEnd;
import org.earshot.telephony.api.RecordingSink;

/**
 * A recording sink that keeps every channel in memory, as one array each, for tests to look at once
 * it is closed: a block without supervisor audio adds silence to that channel (and is counted). It
 * can be made to fail its writes, as a full disk (IOException) or a broken sink (RuntimeException) would.
 */
public final class CollectingSink implements RecordingSink {

    private final Channel caller = new Channel();
    private final Channel agent = new Channel();
    private final Channel supervisor = new Channel();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile Exception failure;
    private int blocks;
    private int blocksWithSupervisor;
    private int closings;
    private RecordingEnd end;

    /** From now on every write throws this (an IOException or a RuntimeException). */
    public CollectingSink failWith(Exception writeFailure) {
        this.failure = writeFailure;
        return this;
    }

    @Override
    public synchronized void write(short[] callerBlock, short[] agentBlock, short[] supervisorBlock) throws IOException {
        Exception thrown = failure;
        if (thrown instanceof IOException io) {
            throw io;
        }
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (callerBlock.length != agentBlock.length || (supervisorBlock != null && supervisorBlock.length != callerBlock.length)) {
            throw new AssertionError("A block's channels differ in length");
        }
        caller.add(callerBlock);
        agent.add(agentBlock);
        supervisor.add(supervisorBlock == null ? new short[callerBlock.length] : supervisorBlock);
        blocks++;
        if (supervisorBlock != null) {
            blocksWithSupervisor++;
        }
    }

    @Override
    public synchronized void close(RecordingEnd recordingEnd) {
        closings++;
        end = recordingEnd;
        closed.countDown();
    }

    /** How the recording ended, waiting for it as long as a test may. */
    public RecordingEnd awaitEnd() throws InterruptedException {
        if (!closed.await(15, TimeUnit.SECONDS)) {
            throw new AssertionError("The recording sink was not closed within 15 s");
        }
        synchronized (this) {
            return end;
        }
    }

    /** Whether the sink was closed, without waiting. */
    public boolean isClosed() {
        return closed.getCount() == 0;
    }

    public synchronized short[] caller() {
        return caller.samples();
    }

    public synchronized short[] agent() {
        return agent.samples();
    }

    public synchronized short[] supervisor() {
        return supervisor.samples();
    }

    public synchronized int blocks() {
        return blocks;
    }

    public synchronized int blocksWithSupervisor() {
        return blocksWithSupervisor;
    }

    public synchronized int closings() {
        return closings;
    }

    private static final class Channel {

        private short[] samples = new short[0];

        void add(short[] block) {
            int length = samples.length;
            samples = Arrays.copyOf(samples, length + block.length);
            System.arraycopy(block, 0, samples, length, block.length);
        }

        short[] samples() {
            return samples.clone();
        }
    }
}
