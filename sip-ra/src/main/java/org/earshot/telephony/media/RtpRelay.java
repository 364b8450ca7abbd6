package org.earshot.telephony.media;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.telephony.api.RecordingEnd;
import org.earshot.telephony.api.RecordingSink;

/**
 * The anchored media of one call: side A faces the caller, side B the agent. Each side is told
 * where its party listens (from SDP) until the party's own packets show where it really is.
 * Without monitors it is a plain relay that never looks into the audio; while supervisors monitor
 * the call, a {@link Mixer} decodes, mixes and encodes for every party, and once the last monitor
 * leaves it is a plain relay again. A recorded call's packets are also given to its
 * {@link CallRecorder} (every port of the call, supervisors' included, while it records). Changes
 * come from the call's signalling, one at a time.
 */
public final class RtpRelay implements AutoCloseable {

    /** A side of the relay: A faces the caller, B the agent. */
    public enum Side { A, B }

    private final MediaEngine engine;
    private final RtpEndpoint a;
    /** The agent's side; a supervisor's port after a takeover. */
    private volatile RtpEndpoint b;
    private final List<MonitorPort> monitors = new ArrayList<>();
    private Mixer mixer;
    /** The call's recording, once armed; it stays here after it stopped, as a call is recorded once. */
    private CallRecorder recorder;
    /** Whether the recorder is given the call's packets now. */
    private boolean recording;
    private boolean closed;

    RtpRelay(MediaEngine engine, RtpEndpoint a, RtpEndpoint b) {
        this.engine = engine;
        this.a = a;
        this.b = b;
    }

    public String address() {
        return engine.address();
    }

    public int portA() {
        return a.port;
    }

    public int portB() {
        return b.port;
    }

    void partyAAt(InetSocketAddress sdpAddress) {
        partyAt(Side.A, sdpAddress);
    }

    void partyBAt(InetSocketAddress sdpAddress) {
        partyAt(Side.B, sdpAddress);
    }

    /** Where a side's party receives, from its SDP (the first SDP or a re-INVITE's). */
    public void partyAt(Side side, InetSocketAddress sdpAddress) {
        endpoint(side).pointAt(sdpAddress);
    }

    /**
     * Another party takes a side over (a transfer). The other side's party keeps sending to the
     * same Earshot port and needs no new SDP; packets still coming from the replaced party are dropped.
     */
    public void replaceParty(Side side, InetSocketAddress sdpAddress) {
        endpoint(side).replaceParty(sdpAddress);
    }

    /** The RFC 4733 payload type negotiated with a side's party, or -1 for none. */
    public void telephoneEvents(Side side, int payloadType) {
        endpoint(side).telephoneEvents.negotiated(payloadType);
    }

    /** Who is told of the digits either party sends. */
    public void onDtmf(DtmfListener listener) {
        a.dtmfListener = listener;
        b.dtmfListener = listener;
    }

    /** Earshot's own audio to party A (the caller), e.g. queue music while no agent has answered. */
    public RtpTarget towardsPartyA(G711 law) {
        return new RtpTarget(a, law);
    }

    /** Earshot's own audio to party B (the agent), e.g. a monitoring notice tone. */
    RtpTarget towardsPartyB(G711 law) {
        return new RtpTarget(b, law);
    }

    /** What came from party A and went on to B. */
    public LegStatistics fromA() {
        return a.statistics;
    }

    /** What came from party B and went on to A. */
    public LegStatistics fromB() {
        return b.statistics;
    }

    // ---- recording ----------------------------------------------------------------------------

    /**
     * Arms the call's recording into the sink; it records once {@link CallRecorder#start} is called,
     * until the call ends (or the sink fails), and tells how it ended to {@code whenStopped}, on the
     * engine's recording thread.
     *
     * @param keepSupervisorAudio whether heard supervisors' audio goes to the sink
     * @param consumesAgentKeys   whether the agent's RFC 4733 keys are kept from the caller while recording
     * @throws IllegalStateException when the call's media is closed or the call is recorded already
     */
    public synchronized CallRecorder record(RecordingSink sink, boolean keepSupervisorAudio, boolean consumesAgentKeys,
                                            Consumer<RecordingEnd> whenStopped) {
        if (closed) {
            throw new IllegalStateException("The call's media is closed");
        }
        if (recorder != null) {
            throw new IllegalStateException("The call is recorded already");
        }
        recorder = engine.record(this, sink, keepSupervisorAudio, consumesAgentKeys, whenStopped);
        return recorder;
    }

    /** The recorder starts taking the call's packets, on every port of the call. */
    synchronized void attach(CallRecorder started) {
        if (closed || started != recorder) {
            return;
        }
        recording = true;
        for (RtpEndpoint endpoint : endpoints()) {
            endpoint.recorder = started;
        }
    }

    /** The recorder stopped: the relay thread gives it nothing more. */
    synchronized void detach(CallRecorder stopped) {
        if (stopped != recorder || !recording) {
            return;
        }
        recording = false;
        for (RtpEndpoint endpoint : endpoints()) {
            endpoint.recorder = null;
        }
    }

    /** The port facing the agent's side now (a supervisor's after a takeover). */
    RtpEndpoint agentEndpoint() {
        return b;
    }

    private List<RtpEndpoint> endpoints() {
        List<RtpEndpoint> all = new ArrayList<>(List.of(a, b));
        monitors.forEach(port -> all.add(port.endpoint));
        return all;
    }

    // ---- monitors -----------------------------------------------------------------------------

    /** One more Earshot port, for a supervisor's phone to be offered; nobody hears it or is heard on it until it joins. */
    public synchronized MonitorPort openMonitorPort(G711 supervisorLaw) {
        if (closed) {
            throw new IllegalStateException("The call's media is closed");
        }
        MonitorPort port = new MonitorPort(engine.openWatched(Side.B), supervisorLaw);
        if (recording) {
            port.endpoint.recorder = recorder;
        }
        monitors.add(port);
        return port;
    }

    /**
     * Puts a supervisor's port in the mix in a mode. The first one turns the plain relay into a
     * mixed call: from then on each party hears a stream Earshot mixes for it, in its own law.
     *
     * @param callerLaw the law the caller receives in
     * @param agentLaw  the law the agent receives in
     */
    public synchronized void join(MonitorPort port, MonitoringMode mode, G711 callerLaw, G711 agentLaw) {
        if (!monitors.contains(port)) {
            throw new IllegalStateException(port + " is not open on this call");
        }
        MixedParty supervisor = new MixedParty(Voice.supervisor(mode), port.endpoint, port.law, port.endpoint.statistics);
        if (mixer == null) {
            MixedParty caller = new MixedParty(Voice.caller(), a, callerLaw, b.statistics);
            MixedParty agent = new MixedParty(Voice.agent(), b, agentLaw, a.statistics);
            mixer = engine.mix(List.of(caller, agent, supervisor));
            a.mixed = caller;
            b.mixed = agent;
        } else {
            mixer.add(supervisor);
        }
        port.endpoint.mixed = supervisor;
    }

    /** Takes a supervisor's port out of the mix and closes it; after the last one the call is a plain relay again. */
    public synchronized void leave(MonitorPort port) {
        if (!monitors.remove(port)) {
            return;
        }
        MixedParty party = port.endpoint.mixed;
        port.endpoint.mixed = null;
        if (mixer != null && party != null) {
            mixer.remove(party);
            unmixIfUnmonitored();
        }
        engine.release(port.endpoint);
    }

    /**
     * A takeover: the supervisor's port becomes side B, facing the caller across the relay, and the
     * agent's port is closed (its party is being released). With no other monitor left the call is a
     * plain relay between caller and supervisor; listeners still monitoring hear the two of them.
     */
    public synchronized void handOver(MonitorPort port) {
        if (!monitors.remove(port)) {
            throw new IllegalStateException(port + " is not open on this call");
        }
        RtpEndpoint released = b;
        RtpEndpoint taking = port.endpoint;
        taking.twin = a;
        a.twin = taking;
        b = taking;
        released.twin = null;
        if (mixer != null) {
            mixer.remove(taking.mixed);
            mixer.remove(released.mixed);
            released.mixed = null;
            MixedParty agent = new MixedParty(Voice.agent(), taking, port.law, a.statistics);
            taking.mixed = agent;
            mixer.add(agent);
            unmixIfUnmonitored();
        }
        engine.release(released);
    }

    /**
     * Plays a prompt to a side's party inside its mix, on top of what it hears, while the call is
     * mixed. False on a plain relay, which plays nothing: a second stream out of the party's port would
     * interleave with the other party's packets.
     */
    public synchronized boolean playInMix(Side side, Prompt prompt) {
        MixedParty party = endpoint(side).mixed;
        if (mixer == null || party == null) {
            return false;
        }
        party.play(prompt);
        return true;
    }

    /** Whether supervisors' audio is being mixed into the call now (false: a plain relay). */
    synchronized boolean mixed() {
        return mixer != null;
    }

    private void unmixIfUnmonitored() {
        if (mixer.partiesOf(Voice.Role.SUPERVISOR).isEmpty()) {
            mixer.stop();
            mixer = null;
            a.mixed = null;
            b.mixed = null;
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            if (mixer != null) {
                mixer.stop();
            }
            if (recorder != null) {
                recorder.finish(RecordingEnd.CALL_ENDED);
            }
            engine.release(a);
            engine.release(b);
            monitors.forEach(port -> engine.release(port.endpoint));
            monitors.clear();
        }
    }

    private RtpEndpoint endpoint(Side side) {
        return side == Side.A ? a : b;
    }
}
