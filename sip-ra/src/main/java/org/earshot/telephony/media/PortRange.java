package org.earshot.telephony.media;

import java.util.ArrayDeque;
import java.util.Deque;

/** The even UDP ports Earshot may use for RTP (odd ones stay free for RTCP), handed out and taken back. */
public final class PortRange {

    private final Deque<Integer> free = new ArrayDeque<>();

    public PortRange(int first, int last) {
        if (first < 1024 || last > 65534 || first > last) {
            throw new IllegalArgumentException("RTP port range must lie within 1024-65534, was " + first + "-" + last);
        }
        for (int port = first + (first % 2); port <= last; port += 2) {
            free.add(port);
        }
    }

    synchronized int take() {
        Integer port = free.pollFirst();
        if (port == null) {
            throw new MediaCapacityException("No free RTP port left");
        }
        return port;
    }

    synchronized void giveBack(int port) {
        free.addLast(port);
    }

    synchronized int available() {
        return free.size();
    }
}
