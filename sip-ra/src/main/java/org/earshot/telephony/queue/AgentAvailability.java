package org.earshot.telephony.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.earshot.telephony.api.AgentStateListener;
import org.earshot.telephony.api.AgentStateReport.Activity;
import org.earshot.telephony.api.AgentStateReport.Presence;
import org.earshot.telephony.api.AgentStateReport;
import org.earshot.telephony.directory.DirectoryQueue;

/**
 * Which agents can take a call now: per agent the queues it is logged in to, whether it is available
 * or away, whether it is being offered a call, talking or in wrap-up, and since when it is idle.
 * An agent not seen before is logged out, available and idle. Every change is told to the listener.
 * Thread-safe; the queue distributor locks this object to choose and reserve an agent in one step.
 */
public final class AgentAvailability {

    private final Clock clock;
    private final AgentStateListener listener;
    private final Map<String, Agent> agents = new HashMap<>();

    public AgentAvailability(Clock clock, AgentStateListener listener) {
        this.clock = clock;
        this.listener = listener;
    }

    public synchronized void logIn(String extension, Collection<String> queueNumbers) {
        change(extension, agent -> {
            if (agent.queues.isEmpty() && agent.activity == Activity.IDLE) {
                agent.idleSince = now(); // idle time counts from when the agent could first take a call
            }
            agent.queues.addAll(queueNumbers);
        });
    }

    synchronized void logOut(String extension, Collection<String> queueNumbers) {
        change(extension, agent -> agent.queues.removeAll(queueNumbers));
    }

    synchronized void available(String extension) {
        change(extension, agent -> {
            if (agent.presence == Presence.AWAY && agent.activity == Activity.IDLE) {
                agent.idleSince = now(); // back from a break is not "idle all along"
            }
            agent.presence = Presence.AVAILABLE;
        });
    }

    synchronized void away(String extension) {
        change(extension, agent -> agent.presence = Presence.AWAY);
    }

    /** The agent is talking: a queue call it answered, or a direct call to or from its extension. */
    synchronized void startCall(String extension) {
        change(extension, agent -> agent.activity = Activity.ON_CALL);
    }

    /** The agent's call ended; it takes no queue call before the wrap-up time has passed. */
    synchronized void endCall(String extension, Duration wrapUp) {
        change(extension, agent -> {
            agent.activity = Activity.WRAP_UP;
            agent.wrapUpEnds = now().plus(wrapUp);
        });
        endWrapUps();
    }

    public synchronized AgentStateReport stateOf(String extension) {
        endWrapUps();
        Agent agent = agents.get(extension);
        return agent != null ? agent.state() : new Agent(extension, now()).state();
    }

    /** Every agent seen so far, by extension. */
    synchronized List<AgentStateReport> states() {
        endWrapUps();
        return agents.values().stream().map(Agent::state).sorted(Comparator.comparing(AgentStateReport::extension)).toList();
    }

    /**
     * Chooses the member of the queue who has been idle longest among those ready for it (ties go to
     * the lower extension, so the choice is repeatable) and marks it ringing, or finds none.
     */
    synchronized Optional<String> reserveLongestIdle(DirectoryQueue queue, Set<String> skipped) {
        endWrapUps();
        Optional<Agent> chosen = queue.members().stream().map(agents::get)
                .filter(agent -> agent != null && !skipped.contains(agent.extension) && agent.state().readyFor(queue.number()))
                .min(Comparator.comparing((Agent agent) -> agent.idleSince).thenComparing(agent -> agent.extension));
        chosen.ifPresent(agent -> change(agent.extension, ringing -> ringing.activity = Activity.RINGING));
        return chosen.map(agent -> agent.extension);
    }

    /** A call offered to the agent went elsewhere: idle again, keeping its place in the idle order. */
    synchronized void release(String extension) {
        change(extension, agent -> {
            if (agent.activity == Activity.RINGING) {
                agent.activity = Activity.IDLE;
            }
        });
    }

    /**
     * Tells the listener every known agent's state again, under the lock so that no change overtakes
     * it: a receiver that started listening late (the application deploys after the adapter) catches up.
     */
    public synchronized void tellEveryState() {
        endWrapUps();
        agents.values().forEach(agent -> listener.onAgentState(agent.state()));
    }

    Instant now() {
        return clock.instant();
    }

    /** Agents whose wrap-up time has passed become idle as of the moment it passed (and the listener hears so). */
    synchronized void endWrapUps() {
        Instant now = now();
        agents.values().stream().filter(agent -> agent.activity == Activity.WRAP_UP && !agent.wrapUpEnds.isAfter(now))
                .toList().forEach(agent -> change(agent.extension, idle -> {
                    idle.activity = Activity.IDLE;
                    idle.idleSince = idle.wrapUpEnds;
                }));
    }

    private void change(String extension, Consumer<Agent> update) {
        Agent agent = agents.computeIfAbsent(extension, key -> new Agent(key, now()));
        AgentStateReport before = agent.state();
        update.accept(agent);
        AgentStateReport after = agent.state();
        if (!after.equals(before)) {
            listener.onAgentState(after);
        }
    }

    /** The mutable state behind an agent's snapshots; only touched under the lock. */
    private static final class Agent {

        final String extension;
        final Set<String> queues = new TreeSet<>();
        Presence presence = Presence.AVAILABLE;
        Activity activity = Activity.IDLE;
        Instant idleSince;
        Instant wrapUpEnds;

        Agent(String extension, Instant firstSeen) {
            this.extension = extension;
            this.idleSince = firstSeen;
        }

        AgentStateReport state() {
            return new AgentStateReport(extension, queues, presence, activity, activity == Activity.IDLE ? idleSince : null);
        }
    }
}
