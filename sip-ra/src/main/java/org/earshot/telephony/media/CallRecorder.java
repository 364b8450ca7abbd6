package org.earshot.telephony.media;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.earshot.telephony.api.RecordingEnd;
import org.earshot.telephony.api.RecordingSink;

/**
 * The recording of one call, from the relay's packets to its sink. Armed by {@link RtpRelay#record}
 * and started at the call's answer ({@link #start}), it is given every packet of the call's parties
 * on the relay thread, which decodes the G.711 audio onto the timeline of the party's channel
 * (caller left, agent right, heard supervisors summed on a third) at the place its RTP timestamp
 * gives it ({@link StreamAnchor}); RFC 4733 events are not audio and are not recorded. The engine's
 * recording thread writes the region that is final (older than the jitter allowance) to the sink
 * every {@link MediaEngine#RECORDING_TICK_MILLIS} ms, all of it when the call ends. While paused
 * nothing received is written, so the paused span is silence. A sink that cannot keep a block ends
 * the recording (the call goes on); the end is told to {@code whenStopped} on the recording thread.
 */
public final class CallRecorder {

    private static final Logger LOG = Logger.getLogger(CallRecorder.class.getName());
    static final int SAMPLES_PER_SECOND = 8000;
    private static final long NANOS_PER_SAMPLE = 1_000_000_000L / SAMPLES_PER_SECOND;
    /**
     * How long a region stays open for packets that come late from the network, counted from when the
     * relay thread has read everything that arrived for it ({@link RelayProgress}) and each party's
     * stream has reached it: well beyond a phone's jitter, and short enough that a crash loses under a
     * second (with the recording tick and the sink's segment) unless the relay thread or a stream was
     * held up at that moment.
     */
    static final int JITTER_SAMPLES = SAMPLES_PER_SECOND * 3 / 10;
    /** Four seconds: a held-up relay's wait, the jitter allowance, a tick and a packet ahead of its time all fit. */
    private static final int TIMELINE_SAMPLES = 4 * SAMPLES_PER_SECOND;
    private static final long NOT_STARTED = Long.MIN_VALUE;

    private final RtpRelay relay;
    private final RecordingSink sink;
    private final boolean keepSupervisorAudio;
    private final boolean consumesAgentKeys;
    private final Consumer<RecordingEnd> whenStopped;
    private final RecordingTimeline caller = new RecordingTimeline(TIMELINE_SAMPLES, false);
    private final RecordingTimeline agent = new RecordingTimeline(TIMELINE_SAMPLES, false);
    private final RecordingTimeline supervisors = new RecordingTimeline(TIMELINE_SAMPLES, true);
    /** Each sending port's stream on the timeline; the relay thread's only. */
    private final Map<RtpEndpoint, StreamAnchor> anchors = new IdentityHashMap<>();
    private final AtomicReference<RecordingEnd> ending = new AtomicReference<>();
    private volatile long startNanos = NOT_STARTED;
    /** When the recording was asked to end: the timeline ends there (or where the last packet put it), not at the next tick. */
    private volatile long endNanos;
    private volatile boolean paused;

    CallRecorder(RtpRelay relay, RecordingSink sink, boolean keepSupervisorAudio, boolean consumesAgentKeys,
                 Consumer<RecordingEnd> whenStopped) {
        this.relay = relay;
        this.sink = sink;
        this.keepSupervisorAudio = keepSupervisorAudio;
        this.consumesAgentKeys = consumesAgentKeys;
        this.whenStopped = whenStopped;
    }

    /** Records from now on (the call's answer, or the moment recording was asked for on an answered call); once. */
    public void start() {
        if (startNanos == NOT_STARTED && ending.get() == null) {
            startNanos = System.nanoTime();
            relay.attach(this);
        }
    }

    /** Writes silence from now on, whatever comes, until {@link #resume}. */
    public void pause() {
        paused = true;
    }

    public void resume() {
        paused = false;
    }

    /** Packets dropped as too late for the timeline or too far ahead of it, over all channels. */
    long dropped() {
        return caller.dropped() + agent.dropped() + supervisors.dropped();
    }

    /**
     * A packet from a party of the call (the relay thread, before it relays the packet). True when the
     * packet must not be relayed: an agent's RFC 4733 key while the agent's keys work the recording.
     */
    boolean heard(RtpEndpoint from, InetSocketAddress source, ByteBuffer packet, int payloadStart, long arrivedNanos) {
        long start = startNanos;
        if (start == NOT_STARTED) {
            return false;
        }
        RtpEndpoint agentSide = relay.agentEndpoint();
        G711 law = G711.forPayloadType(packet.get(1) & 0x7F);
        if (law == null) {
            return consumesAgentKeys && from == agentSide && from.telephoneEvents.carries(packet);
        }
        RecordingTimeline timeline = from.side == RtpRelay.Side.A ? caller
                : from == agentSide ? agent
                : heardSupervisor(from) ? supervisors : null;
        if (timeline == null || paused) {
            return false;
        }
        StreamAnchor anchor = anchors.computeIfAbsent(from, endpoint -> new StreamAnchor());
        long timestamp = packet.getInt(4) & 0xFFFFFFFFL;
        long position = anchor.place(packet.getInt(8), source, timestamp, (arrivedNanos - start) / NANOS_PER_SAMPLE,
                packet.limit() - payloadStart);
        if (timeline.write(position, packet, payloadStart, law)) {
            anchor.kept();
        } else {
            anchor.lost(timestamp);
        }
        return false;
    }

    /** A supervisor's port in the mix whose mode someone hears, when the policy keeps such audio. */
    private boolean heardSupervisor(RtpEndpoint from) {
        MixedParty party = from.mixed;
        return keepSupervisorAudio && party != null && party.voice.role == Voice.Role.SUPERVISOR && party.voice.mode().isHeard();
    }

    /** Ends the recording at the recording thread's next turn, which writes what is left first; the first end asked for wins. */
    void finish(RecordingEnd end) {
        if (ending.get() == null) {
            endNanos = System.nanoTime(); // before the end is seen: the recording thread reads it once it sees the end
            ending.compareAndSet(null, end);
        }
    }

    /**
     * The recording thread's turn: the final region goes to the sink (all of it when the recording
     * ends), final being older than the jitter allowance before both {@code relayedBeforeNanos}, the
     * moment before which the relay thread has read every packet that arrived, and where each party's
     * stream has got to ({@link #finalUntil}). False once the recording is over and the sink closed.
     */
    boolean flush(long relayedBeforeNanos, long nowNanos) {
        RecordingEnd end = ending.get();
        long start = startNanos;
        if (start != NOT_STARTED) {
            // at the end everything received goes out, also what a stream's anchor placed a little after its arrival
            long until = end == null ? finalUntil(relayedBeforeNanos, nowNanos, start)
                    : Math.max((endNanos - start) / NANOS_PER_SAMPLE, Math.max(caller.end(), Math.max(agent.end(), supervisors.end())));
            try {
                writeUntil(until);
            } catch (IOException | RuntimeException e) {
                // a RuntimeException from a sink is as final as an IOException: the recording thread goes on for the other calls
                String why = e.getMessage() == null ? e.toString() : e.getMessage();
                LOG.log(Level.WARNING, "Recording stopped: its sink could not keep a block", e);
                relay.detach(this);
                close(RecordingEnd.failed(why));
                return false;
            }
        }
        if (end != null) {
            relay.detach(this);
            close(end);
            return false;
        }
        return true;
    }

    /**
     * Where the final region ends: the jitter allowance behind the point both the relay thread
     * ({@code relayedBeforeNanos}) and each party's stream have reached. A stream that falls behind
     * (its phone or the network stalled, and sends its backlog at once) is waited for, as a relay
     * thread held up is, at most {@link RelayProgress#LONGEST_WAIT_NANOS}; a party that has sent
     * nothing yet holds nothing up. Supervisors speak now and then and are not waited for.
     */
    private long finalUntil(long relayedBeforeNanos, long nowNanos, long start) {
        long relayed = (relayedBeforeNanos - start) / NANOS_PER_SAMPLE;
        long streams = Math.min(reached(caller, relayed), reached(agent, relayed));
        long longestWait = (nowNanos - RelayProgress.LONGEST_WAIT_NANOS - start) / NANOS_PER_SAMPLE;
        return Math.max(Math.min(relayed, streams), longestWait) - JITTER_SAMPLES;
    }

    private static long reached(RecordingTimeline channel, long ifSilentSoFar) {
        long end = channel.end();
        return end == 0 ? ifSilentSoFar : end;
    }

    private void writeUntil(long until) throws IOException {
        while (caller.taken() < until) {
            boolean supervisorSpoke = keepSupervisorAudio && supervisors.writtenBefore(until);
            short[] supervisor = supervisors.take(until);
            sink.write(caller.take(until), agent.take(until), supervisorSpoke ? supervisor : null);
        }
    }

    private void close(RecordingEnd ending) {
        long dropped = dropped();
        if (dropped > 0) {
            LOG.info(() -> "A recording left out " + dropped + " packets that came too late for its timeline or too far ahead of it");
        }
        RecordingEnd end = ending.leavingOut(dropped);
        try {
            sink.close(end);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A recording sink failed to close", e);
        }
        try {
            whenStopped.accept(end);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Telling a recording's end failed", e);
        }
    }
}
