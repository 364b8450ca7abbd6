package org.earshot.telephony.connector;

import jakarta.resource.spi.work.Work;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.function.Consumer;
import org.earshot.telephony.call.CallEvent;

/**
 * The events of one call waiting for delivery. At most one work item drains a lane at a time, so a
 * call's events reach the endpoints in the order the B2BUA raised them, while different calls are
 * delivered in parallel on the WorkManager's threads.
 */
final class CallLane implements Work {

    private final Queue<CallEvent> pending = new ArrayDeque<>();
    private final Consumer<CallEvent> deliver;
    private final Consumer<CallLane> drained;
    private boolean draining;

    /**
     * @param deliver hands one event to the endpoints
     * @param drained called when the lane ran empty after its call's last event
     */
    CallLane(Consumer<CallEvent> deliver, Consumer<CallLane> drained) {
        this.deliver = deliver;
        this.drained = drained;
    }

    /** Queues an event; true when the caller must schedule this lane because nothing drains it yet. */
    synchronized boolean add(CallEvent event) {
        pending.add(event);
        if (draining) {
            return false;
        }
        draining = true;
        return true;
    }

    @Override
    public void run() {
        while (true) {
            CallEvent next;
            synchronized (this) {
                next = pending.poll();
                if (next == null) {
                    draining = false;
                    return;
                }
            }
            deliver.accept(next);
            if (next.type() == CallEvent.Type.ENDED) {
                drained.accept(this);
            }
        }
    }

    /** The events that will now never be delivered (the WorkManager refused the lane). */
    synchronized int abandon() {
        int lost = pending.size();
        pending.clear();
        draining = false;
        return lost;
    }

    @Override
    public void release() {
        // a lane holds no thread of its own; run() returns when it is empty
    }
}
