package org.earshot.telephony.connector;

import jakarta.resource.spi.work.Work;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.function.Consumer;

/**
 * What one key (a call, an agent) has waiting for delivery. At most one work item drains a lane at
 * a time, so a key's items reach the endpoints in the order they were raised, while different keys
 * are delivered in parallel on the WorkManager's threads.
 * <p>
 * A lane that runs empty retires: it leaves its owner's map (inside its own lock, through
 * {@code retired}) and takes nothing more. An agent's items never end the way a call's do, so
 * "empty" is the only moment a lane can go without losing order: whoever offers an item to a
 * retired lane is told so and makes a new one, which cannot overlap with the old one's work.
 */
final class Lane<E> implements Work {

    /** What {@link #offer} did with an item. */
    enum Admission {
        /** Queued behind items that the lane's running work item will deliver. */
        QUEUED,
        /** Queued, and nothing drains the lane: the caller must schedule it. */
        MUST_START,
        /** Not taken: the lane has retired; offer it to a new lane. */
        RETIRED
    }

    private final Queue<E> pending = new ArrayDeque<>();
    private final Consumer<E> deliver;
    private final Consumer<Lane<E>> retired;
    private boolean draining;
    private boolean gone;

    /**
     * @param deliver hands one item to the endpoints
     * @param retired takes the lane out of its owner's map; called inside the lane's lock
     */
    Lane(Consumer<E> deliver, Consumer<Lane<E>> retired) {
        this.deliver = deliver;
        this.retired = retired;
    }

    synchronized Admission offer(E item) {
        if (gone) {
            return Admission.RETIRED;
        }
        pending.add(item);
        if (draining) {
            return Admission.QUEUED;
        }
        draining = true;
        return Admission.MUST_START;
    }

    @Override
    public void run() {
        while (true) {
            E next;
            synchronized (this) {
                next = pending.poll();
                if (next == null) {
                    retire();
                    return;
                }
            }
            deliver.accept(next);
        }
    }

    /** Retires the lane with what it still holds (the WorkManager refused it); how many items are lost. */
    synchronized int abandon() {
        int lost = pending.size();
        pending.clear();
        retire();
        return lost;
    }

    private void retire() {
        draining = false;
        gone = true;
        retired.accept(this);
    }

    @Override
    public void release() {
        // a lane holds no thread of its own; run() returns when it is empty
    }
}
