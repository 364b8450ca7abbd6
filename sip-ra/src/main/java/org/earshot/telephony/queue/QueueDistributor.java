package org.earshot.telephony.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.earshot.telephony.directory.DirectoryQueue;

/**
 * Automatic call distribution: callers wait in their queue first come, first served; each is offered
 * to the member of its queue who has been idle longest among those logged in, available and idle.
 * An agent who lets the call ring out (or refuses it) is skipped for that call until every other ready
 * member has had it. The distributor keeps no timers: {@link #dispatch()} applies the queue times
 * against the clock and returns what to do, so the caller of it decides the threads.
 *
 * <p>Thread-safe. It locks the {@link AgentAvailability} it distributes to, so that choosing an agent
 * and reserving it is one step that no feature code or other call can come between.
 */
public final class QueueDistributor {

    private final AgentAvailability agents;
    private final Function<DirectoryQueue, QueuePolicy> policies;
    private final Map<String, Caller> waiting = new LinkedHashMap<>(); // in order of arrival, all queues
    private final Map<String, Connected> connected = new HashMap<>();

    public QueueDistributor(AgentAvailability agents, Function<DirectoryQueue, QueuePolicy> policies) {
        this.agents = agents;
        this.policies = policies;
    }

    /** The caller joins the end of its queue; its position there (1 = next). */
    public int enqueue(String callId, DirectoryQueue queue) {
        synchronized (agents) {
            if (waiting.containsKey(callId) || connected.containsKey(callId)) {
                throw new IllegalStateException("Call " + callId + " is already queued");
            }
            waiting.put(callId, new Caller(callId, queue, agents.now()));
            return positionOf(callId).orElseThrow();
        }
    }

    /** Where the caller stands in its queue, while it waits. */
    OptionalInt positionOf(String callId) {
        synchronized (agents) {
            Caller caller = waiting.get(callId);
            return caller == null ? OptionalInt.empty() : OptionalInt.of(position(caller));
        }
    }

    /** The callers waiting in a queue, next one first. */
    List<WaitingCall> waiting(String queueNumber) {
        synchronized (agents) {
            return waiting.values().stream().filter(caller -> caller.queue.number().equals(queueNumber))
                    .map(caller -> new WaitingCall(caller.callId, queueNumber, position(caller), caller.since, caller.offeredTo))
                    .toList();
        }
    }

    /**
     * Applies the queue times (ring timeouts, then longest waits) and offers waiting callers to ready
     * agents, oldest caller first. Call it after every change (a caller joined, an agent became
     * available, a call ended) and on a steady tick (every second) for the times to take effect.
     */
    public List<Routing> dispatch() {
        synchronized (agents) {
            agents.endWrapUps(); // told even when nobody waits, so the live view sees the agent idle again
            List<Routing> routing = new ArrayList<>();
            Instant now = agents.now();
            for (Caller caller : waiting.values()) {
                if (caller.offeredTo != null && !now.isBefore(caller.offeredAt.plus(policyOf(caller).ringTimeout()))) {
                    routing.add(new Routing.RingNoAnswer(caller.callId, caller.offeredTo));
                    notAnswered(caller, now);
                }
            }
            for (Iterator<Caller> callers = waiting.values().iterator(); callers.hasNext(); ) {
                Caller caller = callers.next();
                Duration waited = Duration.between(caller.since, now);
                if (caller.offeredTo == null && waited.compareTo(policyOf(caller).maxWait()) >= 0) {
                    routing.add(new Routing.WaitExpired(caller.callId, caller.queue, waited));
                    callers.remove();
                }
            }
            for (Caller caller : waiting.values()) {
                if (caller.offeredTo == null) {
                    offer(caller, now).ifPresent(routing::add);
                }
            }
            return routing;
        }
    }

    /**
     * The offered agent answered: the caller leaves the queue, the agent is on the call. False when the
     * call is no longer offered to that agent (it rang out a moment before): hang up that agent's leg.
     */
    public boolean answered(String callId, String agent) {
        synchronized (agents) {
            Caller caller = waiting.get(callId);
            if (caller == null || !agent.equals(caller.offeredTo)) {
                return false;
            }
            waiting.remove(callId);
            connected.put(callId, new Connected(agent, policyOf(caller).wrapUp()));
            agents.startCall(agent);
            return true;
        }
    }

    /**
     * An agent answered a call to its extension (no queue): it is on a call, so no queue caller is
     * offered to it, and idle again (no wrap-up) when the call ends.
     */
    public void directCallAnswered(String callId, String agent) {
        synchronized (agents) {
            connected.put(callId, new Connected(agent, Duration.ZERO));
            agents.startCall(agent);
        }
    }

    /**
     * The agent of an answered call left it to a successor (a transfer's target), or to nobody the
     * queues know (a supervisor's takeover: null): the agent who left goes into wrap-up as at the
     * end of a call and may take a queue call after it; the successor is on the call until it ends.
     */
    public void agentReplaced(String callId, String successor) {
        synchronized (agents) {
            Connected call = connected.get(callId);
            if (call == null) {
                return;
            }
            if (call.agent != null) {
                agents.endCall(call.agent, call.wrapUp);
            }
            connected.put(callId, new Connected(successor, call.wrapUp));
            if (successor != null) {
                agents.startCall(successor);
            }
        }
    }

    /** The offered agent refused the call (busy, declined, unreachable): try the next one. */
    public void noAnswer(String callId, String agent) {
        synchronized (agents) {
            Caller caller = waiting.get(callId);
            if (caller != null && agent.equals(caller.offeredTo)) {
                notAnswered(caller, agents.now());
            }
        }
    }

    /**
     * The call is over, whenever that happened: a waiting caller hung up (its offered agent is idle
     * again), or a connected call ended (its agent, if still on it, goes into wrap-up). Unknown calls
     * are ignored.
     */
    public void ended(String callId) {
        synchronized (agents) {
            Caller caller = waiting.remove(callId);
            if (caller != null && caller.offeredTo != null) {
                agents.release(caller.offeredTo);
            }
            Connected call = connected.remove(callId);
            if (call != null && call.agent != null) {
                agents.endCall(call.agent, call.wrapUp);
            }
        }
    }

    private Optional<Routing> offer(Caller caller, Instant now) {
        QueuePolicy policy = policyOf(caller);
        Optional<String> agent = agents.reserveLongestIdle(caller.queue, caller.skipped);
        if (agent.isEmpty() && !caller.skipped.isEmpty() && !now.isBefore(caller.lastNoAnswer.plus(policy.retryPause()))) {
            caller.skipped.clear(); // every ready member had the call: a new round
            agent = agents.reserveLongestIdle(caller.queue, caller.skipped);
        }
        agent.ifPresent(chosen -> {
            caller.offeredTo = chosen;
            caller.offeredAt = now;
        });
        return agent.map(chosen -> new Routing.Offer(caller.callId, caller.queue, chosen, policy.ringTimeout()));
    }

    private void notAnswered(Caller caller, Instant now) {
        agents.release(caller.offeredTo);
        caller.skipped.add(caller.offeredTo);
        caller.lastNoAnswer = now;
        caller.offeredTo = null;
    }

    private int position(Caller caller) {
        int ahead = 0;
        for (Caller other : waiting.values()) {
            if (other == caller) {
                break;
            }
            if (other.queue.number().equals(caller.queue.number())) {
                ahead++;
            }
        }
        return ahead + 1;
    }

    private QueuePolicy policyOf(Caller caller) {
        return policies.apply(caller.queue);
    }

    /** A waiting caller; only touched under the lock. */
    private static final class Caller {

        final String callId;
        final DirectoryQueue queue;
        final Instant since;
        final Set<String> skipped = new HashSet<>();
        String offeredTo;
        Instant offeredAt;
        Instant lastNoAnswer;

        Caller(String callId, DirectoryQueue queue, Instant since) {
            this.callId = callId;
            this.queue = queue;
            this.since = since;
        }
    }

    /** An answered call and the agent on it; no agent once a supervisor took it over. */
    private record Connected(String agent, Duration wrapUp) {
    }
}
