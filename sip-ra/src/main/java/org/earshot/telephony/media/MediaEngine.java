package org.earshot.telephony.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.earshot.telephony.api.RecordingEnd;
import org.earshot.telephony.api.RecordingSink;

/**
 * Relays the RTP of every anchored call on one thread and one selector: a packet from a party is
 * sent on to the other party of its call, its payload unchanged and its header renumbered into the
 * stream that party receives ({@link RtpStream}). Nothing is decoded for such a plain relay.
 * A call with monitors is mixed instead: the relay thread decodes each party's audio into its
 * place in the call's {@link Mixer}, and one mixing thread clocks every mixed call. A recorded
 * call's packets are also decoded onto its {@link CallRecorder}'s timeline, and one recording
 * thread writes every recording's final audio to its sink; an unrecorded call costs the relay
 * thread one null check.
 */
public final class MediaEngine implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(MediaEngine.class.getName());
    private static final int RTP_HEADER = 12;
    private static final int SOCKET_BUFFER = 1 << 20;
    /** How often the recording thread hands every recording's final audio to its sink. */
    static final long RECORDING_TICK_MILLIS = 200;
    private static final long CLOSING_WAIT_SECONDS = 5;

    private final String address;
    private final PortRange ports;
    private final Selector selector;
    private final Queue<RtpEndpoint> toRegister = new ConcurrentLinkedQueue<>();
    // Closing the engine must free the ports of calls still up: an engine started again in the
    // same JVM (the adapter redeployed) binds the same range.
    private final Set<RtpEndpoint> open = ConcurrentHashMap.newKeySet();
    private final Thread loop;
    private final ScheduledThreadPoolExecutor mixing;
    private final ScheduledThreadPoolExecutor recording;
    private final Set<CallRecorder> recorders = ConcurrentHashMap.newKeySet();
    private final RelayProgress progress = new RelayProgress(System.nanoTime());
    private volatile boolean running = true;

    public MediaEngine(String address, PortRange ports) {
        this.address = address;
        this.ports = ports;
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loop = new Thread(this::relayLoop, "earshot-media");
        loop.setDaemon(true);
        loop.start();
        mixing = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "earshot-mixer");
            thread.setDaemon(true);
            return thread;
        });
        mixing.setRemoveOnCancelPolicy(true);
        recording = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "earshot-recorder");
            thread.setDaemon(true);
            return thread;
        });
        recording.scheduleWithFixedDelay(this::writeRecordings, RECORDING_TICK_MILLIS, RECORDING_TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    String address() {
        return address;
    }

    /** RTP ports still free for new calls. */
    int freePorts() {
        return ports.available();
    }

    /** Opens the two sockets of a call, one facing each party. */
    public RtpRelay openRelay() {
        RtpEndpoint a = open(RtpRelay.Side.A);
        RtpEndpoint b;
        try {
            b = open(RtpRelay.Side.B);
        } catch (RuntimeException e) {
            release(a);
            throw e;
        }
        a.twin = b;
        b.twin = a;
        watch(a);
        watch(b);
        return new RtpRelay(this, a, b);
    }

    /** Opens one more socket for a call (a supervisor's), read by the relay thread like the others. */
    RtpEndpoint openWatched(RtpRelay.Side side) {
        RtpEndpoint endpoint = open(side);
        watch(endpoint);
        return endpoint;
    }

    /** Starts mixing a call on the mixing thread. */
    Mixer mix(List<MixedParty> parties) {
        Mixer mixer = new Mixer(parties, System.nanoTime());
        mixer.startOn(mixing);
        return mixer;
    }

    /** Arms the recording of a relay's call, written by the recording thread once it starts. */
    CallRecorder record(RtpRelay relay, RecordingSink sink, boolean keepSupervisorAudio, boolean consumesAgentKeys,
                        Consumer<RecordingEnd> whenStopped) {
        CallRecorder recorder = new CallRecorder(relay, sink, keepSupervisorAudio, consumesAgentKeys, whenStopped);
        recorders.add(recorder);
        return recorder;
    }

    /** The recording thread's turn: every recording's final audio to its sink; a recording that ended is let go. */
    private void writeRecordings() {
        long now = System.nanoTime();
        long relayedBefore = progress.relayedBefore(now);
        for (CallRecorder recorder : recorders) {
            try {
                if (!recorder.flush(relayedBefore, now)) {
                    recorders.remove(recorder);
                }
            } catch (RuntimeException e) {
                // nothing one recording does may end the thread every other recording needs
                LOG.log(Level.WARNING, "Writing a recording failed", e);
            }
        }
    }

    /** Closes a socket and gives its port back, once however often it is asked. */
    void release(RtpEndpoint endpoint) {
        if (endpoint.released.getAndSet(true)) {
            return;
        }
        open.remove(endpoint);
        try {
            endpoint.channel.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing RTP port " + endpoint.port, e);
        }
        // a channel registered with the selector keeps its port bound until the selector next wakes
        selector.wakeup();
        ports.giveBack(endpoint.port);
    }

    private void watch(RtpEndpoint endpoint) {
        toRegister.add(endpoint);
        selector.wakeup();
    }

    private RtpEndpoint open(RtpRelay.Side side) {
        int port = ports.take();
        try {
            DatagramChannel channel = DatagramChannel.open();
            channel.setOption(StandardSocketOptions.SO_RCVBUF, SOCKET_BUFFER);
            channel.bind(new InetSocketAddress(address, port));
            channel.configureBlocking(false);
            RtpEndpoint endpoint = new RtpEndpoint(channel, port, side);
            open.add(endpoint);
            return endpoint;
        } catch (IOException e) {
            ports.giveBack(port);
            throw new MediaCapacityException("RTP port " + port + " could not be opened: " + e.getMessage());
        }
    }

    private void relayLoop() {
        ByteBuffer packet = ByteBuffer.allocateDirect(2048);
        while (running) {
            try {
                progress.waiting(System.nanoTime());
                selector.select();
                progress.reading();
                registerNewEndpoints();
                for (SelectionKey key : selector.selectedKeys()) {
                    if (key.isValid() && key.isReadable()) {
                        drain((RtpEndpoint) key.attachment(), packet);
                    }
                }
                selector.selectedKeys().clear();
                progress.readAll();
            } catch (ClosedSelectorException e) {
                return;
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Media relay loop error", e);
            }
        }
    }

    private void registerNewEndpoints() {
        RtpEndpoint endpoint;
        while ((endpoint = toRegister.poll()) != null) {
            if (endpoint.channel.isOpen()) {
                try {
                    endpoint.channel.register(selector, SelectionKey.OP_READ, endpoint);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "RTP port " + endpoint.port + " could not be watched", e);
                }
            }
        }
    }

    /** Reads every waiting packet of one socket and relays it; a closed socket just ends the loop. */
    private static void drain(RtpEndpoint from, ByteBuffer packet) {
        try {
            SocketAddress source;
            while ((source = from.channel.receive(packet.clear())) != null) {
                relay(from, (InetSocketAddress) source, packet.flip());
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "RTP port " + from.port + " closed while reading", e);
        }
    }

    private static void relay(RtpEndpoint from, InetSocketAddress source, ByteBuffer packet) throws IOException {
        if (packet.remaining() < RTP_HEADER || (packet.get(0) & 0xC0) != 0x80) {
            return; // not RTP version 2
        }
        if (!from.isFromParty(source)) {
            return;
        }
        int sequence = packet.getShort(2) & 0xFFFF;
        long timestamp = packet.getInt(4) & 0xFFFFFFFFL;
        long arrived = System.nanoTime();
        from.statistics.received(sequence, timestamp, arrived);
        int payloadStart = payloadStart(packet);
        char digit = from.telephoneEvents.endedDigit(packet, payloadStart); // before forwarding renumbers the header
        CallRecorder recorder = from.recorder;
        boolean consumed = recorder != null && recorder.heard(from, source, packet, payloadStart, arrived);
        MixedParty mixed = from.mixed;
        // in a mixed call audio goes into the mix; anything else (RFC 4733 events) is relayed, where there is a twin
        if (!consumed && (mixed == null || !mixed.spoke(packet, payloadStart, arrived))) {
            forward(from, packet, arrived);
        }
        DtmfListener listener = from.dtmfListener;
        if (digit != 0 && listener != null) {
            listener.onDigit(from.side, digit);
        }
    }

    private static void forward(RtpEndpoint from, ByteBuffer packet, long nowNanos) throws IOException {
        RtpEndpoint to = from.twin;
        InetSocketAddress destination = to == null ? null : to.party;
        if (destination != null && to.channel.isOpen()) {
            to.toParty.relay(packet, nowNanos);
            to.channel.send(packet, destination);
            from.statistics.countForwarded();
        }
    }

    /** Where the payload starts: after the fixed header, the CSRC list and a header extension (RFC 3550 §5.1, §5.3.1). */
    private static int payloadStart(ByteBuffer packet) {
        int first = packet.get(0);
        int start = RTP_HEADER + 4 * (first & 0x0F);
        if ((first & 0x10) != 0 && packet.limit() >= start + 4) {
            start += 4 + 4 * (packet.getShort(start + 2) & 0xFFFF);
        }
        return start;
    }

    @Override
    public void close() {
        running = false;
        mixing.shutdownNow();
        try {
            selector.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing media selector", e);
        }
        stopRecordings();
        List.copyOf(open).forEach(this::release);
    }

    /** Recordings still under way end incomplete, after what they have is written, on the recording thread as always. */
    private void stopRecordings() {
        if (recording.isShutdown()) {
            return; // closed before
        }
        recording.execute(() -> {
            for (CallRecorder recorder : recorders) {
                recorder.finish(RecordingEnd.failed("server stopping"));
            }
            writeRecordings();
        });
        recording.shutdown();
        try {
            if (!recording.awaitTermination(CLOSING_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warning("Recordings were still being written when the media engine closed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
