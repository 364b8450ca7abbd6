package org.earshot.telephony.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One prompt being played to one party in the party's {@link RtpStream}, one packet of 20 ms
 * (160 samples) per tick. The handle stops it and reports it.
 */
public final class Playback {

    /** How a playback stands: still sending, played through, stopped, or its port closed under it. */
    public enum State { PLAYING, COMPLETED, STOPPED, PORT_CLOSED }

    /** What a playback sent, for logs and the call record. */
    public record Report(String prompt, G711 law, int ssrc, int firstSequence, long packets, long octets, State state) {
    }

    static final long FRAME_NANOS = RtpStream.FRAME_NANOS;
    static final int FRAME_SAMPLES = RtpStream.FRAME_SAMPLES;

    private static final Logger LOG = Logger.getLogger(Playback.class.getName());

    private final Prompt prompt;
    private final RtpTarget target;
    private final Loop loop;
    private final byte[] audio;
    private final byte silence;
    private final long frames;
    private int firstSequence;
    private final ByteBuffer packet = ByteBuffer.allocate(RtpStream.HEADER + FRAME_SAMPLES);
    private final CompletableFuture<Report> finished = new CompletableFuture<>();
    private long frame;
    private long sent;
    private State state = State.PLAYING;
    private ScheduledFuture<?> ticks;

    Playback(Prompt prompt, RtpTarget target, Loop loop) {
        this.prompt = prompt;
        this.target = target;
        this.loop = loop;
        this.audio = prompt.encodedFor(target.law());
        this.silence = target.law().encode(0);
        this.frames = (audio.length + FRAME_SAMPLES - 1) / FRAME_SAMPLES;
    }

    /**
     * Fixed-rate ticks are due at start + n x 20 ms on the monotonic clock, so a late tick does not
     * push the following ones back: the stream keeps 50 packets/s however long the call waits.
     */
    synchronized void startOn(ScheduledExecutorService scheduler) {
        ticks = scheduler.scheduleAtFixedRate(this::sendNextFrame, 0, FRAME_NANOS, TimeUnit.NANOSECONDS);
    }

    /** Stops at once: no packet leaves after this returns. Stopping a finished playback does nothing. */
    public void stop() {
        end(State.STOPPED);
    }

    synchronized boolean isPlaying() {
        return state == State.PLAYING;
    }

    synchronized Report report() {
        return new Report(prompt.name(), target.law(), target.ssrc(), firstSequence, sent, sent * FRAME_SAMPLES, state);
    }

    /**
     * Completes with the final report when the playback ends for any reason. Dependent actions run on
     * the thread that ended it (the player's, for a completed prompt): keep them short, or go async.
     */
    public CompletableFuture<Report> finished() {
        return finished;
    }

    private void sendNextFrame() {
        State outcome;
        synchronized (this) {
            if (state != State.PLAYING) {
                return;
            }
            outcome = send();
        }
        if (outcome != State.PLAYING) {
            end(outcome);
        }
    }

    /** Sends the current frame; the state the playback is in afterwards. Holds the lock. */
    private State send() {
        fillPacket();
        try {
            if (target.send(packet.flip())) {
                sent++;
            }
        } catch (ClosedChannelException e) {
            return State.PORT_CLOSED; // the call ended and took its RTP port with it
        } catch (IOException e) {
            LOG.log(Level.FINE, "RTP packet of " + prompt + " not sent " + target, e);
        }
        frame++;
        return loop == Loop.ONCE && frame >= frames ? State.COMPLETED : State.PLAYING;
    }

    private void fillPacket() {
        packet.clear();
        target.writeHeader(packet, frame == 0);
        if (frame == 0) {
            firstSequence = packet.getShort(2) & 0xFFFF; // as written: the party's stream may carry other packets too
        }
        long start = frame * FRAME_SAMPLES;
        for (int i = 0; i < FRAME_SAMPLES; i++) {
            long sample = start + i;
            packet.put(loop == Loop.UNTIL_STOPPED ? audio[(int) (sample % audio.length)]
                    : sample < audio.length ? audio[(int) sample] : silence);
        }
    }

    private void end(State outcome) {
        synchronized (this) {
            if (state != State.PLAYING) {
                return;
            }
            state = outcome;
            if (ticks != null) {
                ticks.cancel(false);
            }
        }
        finished.complete(report());
    }
}
