package org.earshot.telephony.media;

/**
 * What one leg's RTP did: packets received from the party and sent on, packets lost (gaps in
 * the sequence numbers) and the interarrival jitter of RFC 3550 §6.4.1, in RTP timestamp units.
 */
public final class LegStatistics {

    private static final int G711_CLOCK = 8000;

    private long received;
    private long forwarded;
    private long lost;
    private int highestSeq = -1;
    private double jitter;
    private long lastTransit = Long.MIN_VALUE;

    synchronized void received(int sequence, long rtpTimestamp, long arrivalNanos) {
        received++;
        if (highestSeq >= 0) {
            int gap = (sequence - highestSeq) & 0xFFFF;
            if (gap > 1 && gap < 0x8000) {
                lost += gap - 1;
            }
            if (gap >= 1 && gap < 0x8000) {
                highestSeq = sequence;
            }
        } else {
            highestSeq = sequence;
        }
        long arrival = arrivalNanos * G711_CLOCK / 1_000_000_000L;
        long transit = arrival - rtpTimestamp;
        if (lastTransit != Long.MIN_VALUE) {
            jitter += (Math.abs(transit - lastTransit) - jitter) / 16.0;
        }
        lastTransit = transit;
    }

    /** Another party took over the leg: its sequence numbers and timestamps start afresh, which is no loss. */
    synchronized void newSource() {
        highestSeq = -1;
        lastTransit = Long.MIN_VALUE;
    }

    synchronized void countForwarded() {
        forwarded++;
    }

    public synchronized long received() {
        return received;
    }

    public synchronized long forwarded() {
        return forwarded;
    }

    public synchronized long lost() {
        return lost;
    }

    /** Interarrival jitter in milliseconds. */
    synchronized double jitterMillis() {
        return jitter * 1000.0 / G711_CLOCK;
    }

    @Override
    public synchronized String toString() {
        return "received=" + received + " forwarded=" + forwarded + " lost=" + lost
                + String.format(" jitter=%.2fms", jitterMillis());
    }
}
