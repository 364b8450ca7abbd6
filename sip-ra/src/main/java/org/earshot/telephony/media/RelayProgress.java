package org.earshot.telephony.media;

/**
 * How far the relay thread has got through the packets that reached its sockets, for the recording
 * thread: a region of a recording is final only once every packet that arrived for it was relayed.
 * A relay thread held up (a busy core, a collector's pause) reads a backlog later, each packet placed
 * by its RTP timestamp into a region the recording thread would otherwise have written already and
 * must then leave out. Every packet that had arrived when an iteration of the relay loop began is
 * read by the end of that iteration (it drains each ready socket), so the relay is through with
 * everything before the start of its last finished iteration; while it waits for packets, with
 * everything. Written by the relay thread, read by the recording thread.
 */
final class RelayProgress {

    /** Waiting this long in select() means there was nothing to read, not a backlog about to be returned. */
    private static final long IDLE_NANOS = 1_000_000;
    /**
     * How far the recordings may wait for a relay thread that is behind: longer hold-ups lose packets
     * rather than the recordings' bound on what a crash loses (and the timeline ring's room).
     */
    static final long LONGEST_WAIT_NANOS = 2_000_000_000L;
    private static final long NOT_WAITING = Long.MIN_VALUE;

    private volatile long startedIteration;
    private volatile long relayedBefore;
    private volatile long waitingSince = NOT_WAITING;

    RelayProgress(long nowNanos) {
        startedIteration = nowNanos;
        relayedBefore = nowNanos;
    }

    /** The relay thread is about to wait for packets. */
    void waiting(long nowNanos) {
        startedIteration = nowNanos;
        waitingSince = nowNanos;
    }

    /** The relay thread's wait returned: it reads what is ready now. */
    void reading() {
        waitingSince = NOT_WAITING;
    }

    /** The relay thread read every socket that was ready: everything that arrived before its wait began is relayed. */
    void readAll() {
        relayedBefore = startedIteration;
    }

    /** The moment before which every packet that arrived has been relayed, as far as recordings wait for it. */
    long relayedBefore(long nowNanos) {
        long waiting = waitingSince;
        if (waiting != NOT_WAITING && nowNanos - waiting >= IDLE_NANOS) {
            return nowNanos;
        }
        return Math.max(Math.min(relayedBefore, nowNanos), nowNanos - LONGEST_WAIT_NANOS);
    }
}
