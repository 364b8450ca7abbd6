package org.earshot.telephony.media;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.earshot.telephony.api.MonitoringMode;

/**
 * The mixing of one call with monitors. It is clocked, not driven by packets: every 20 ms the
 * mixer takes each party's waiting frame (silence for a party that sent none, so nobody waits for
 * a party that stopped), mixes it for every listener by who may hear whom and sends each listener
 * its frame. Each listener thus gets one continuous stream of its own, whoever speaks.
 * <p>
 * The ticks follow the packets of the leading party (the first in the mix that is sending: the
 * caller while it speaks): a tick is due just after that party's frame comes, so its audio waits
 * about a millisecond, not up to a frame. When its frame is late the tick waits for it (up to
 * half a frame) and the later ticks move with it; when all its frames of half a second came early,
 * the ticks move back to just after the latest of them. The ticks of every mixed call share one
 * thread of the media engine.
 */
final class Mixer {

    private static final Logger LOG = Logger.getLogger(Mixer.class.getName());
    /** How long after the leading party's frame the tick may come: the hand-over from the relay thread. */
    private static final long GUARD_NANOS = 1_000_000L;
    /** How long a tick waits for the leading party's late frame before it mixes silence for it (a lost packet). */
    private static final long LONGEST_WAIT_NANOS = RtpStream.FRAME_NANOS / 2;
    private static final long WAIT_STEP_NANOS = 500_000L;
    /** Over how many frames the leading party's spare time is measured before the ticks come earlier. */
    private static final int TICKS_MEASURED = 25;
    /** A party counts as sending while its last packet is at most this old. */
    private static final long SENDING_NANOS = 2 * RtpStream.FRAME_NANOS;

    private final List<MixedParty> parties = new CopyOnWriteArrayList<>();
    /** When the next frame is due; the grid the ticks follow. Guarded by this. */
    private long due;
    private ScheduledExecutorService clock;
    private ScheduledFuture<?> wakeUp;
    private boolean stopped;
    private boolean waitingForLeadingFrame;
    /** Whether a frame was mixed yet: the first tick waits for the caller's first frame, as nobody counts as sending before it. */
    private boolean mixedAny;
    private long lastMixed = Long.MIN_VALUE;
    /** The least time the leading party's frames came before their ticks (less the guard), over the last ticks measured. */
    private long closestSpare = Long.MAX_VALUE;
    private int ticksMeasured;

    /** A mixer whose first frame is due one frame after {@code nowNanos}; {@link #startOn} clocks it. */
    Mixer(List<MixedParty> first, long nowNanos) {
        first.forEach(this::add);
        due = nowNanos + RtpStream.FRAME_NANOS;
    }

    /** Ticks on the clock's thread from now on. */
    synchronized void startOn(ScheduledExecutorService clock) {
        this.clock = clock;
        wakeAt(due);
    }

    void add(MixedParty party) {
        party.mixer = this;
        parties.add(party);
    }

    void remove(MixedParty party) {
        parties.remove(party);
    }

    /** The parties of the given role now in the mix. */
    List<MixedParty> partiesOf(Voice.Role role) {
        return parties.stream().filter(party -> party.voice.role == role).toList();
    }

    /**
     * Switches a supervisor's mode between two frames: a frame being mixed now is finished (and sent)
     * in the old mode first, and every frame sent after this returns is in the new one.
     */
    synchronized void switchTo(MixedParty supervisor, MonitoringMode mode) {
        supervisor.voice.switchTo(mode);
    }

    /** Stops the ticks; no frame is sent after this returns. */
    synchronized void stop() {
        stopped = true;
        if (wakeUp != null) {
            wakeUp.cancel(false);
        }
    }

    /**
     * Mixes and sends the frame due, if it is due at {@code nowNanos} and the leading party's frame
     * is in (or waited for long enough). Returns when to come back: the next frame's time, or a
     * little later while waiting for a late frame.
     */
    synchronized long tick(long nowNanos) {
        if (nowNanos < due) {
            return due;
        }
        MixedParty leading = leadingParty(nowNanos);
        if (leading != null && !sentSinceTheLastFrame(leading)) {
            if (nowNanos - due < LONGEST_WAIT_NANOS) {
                waitingForLeadingFrame = true;
                return nowNanos + WAIT_STEP_NANOS;
            }
            leading = null; // its packet is lost, not late (or it sends fewer packets than frames): the grid stays where it was
        }
        long frameCameAt = leading == null ? Long.MIN_VALUE : leading.spoken.lastArrivalNanos();
        mix(nowNanos, leading);
        mixedAny = true;
        lastMixed = nowNanos;
        due = leading == null ? due + RtpStream.FRAME_NANOS
                : waitingForLeadingFrame ? afterTheLateFrame(frameCameAt)
                : afterAFrameInTime(frameCameAt);
        waitingForLeadingFrame = false;
        return due;
    }

    /** The leading party's frame came after its tick: the ticks move with it (from when it came, not from when the wait noticed it). */
    private long afterTheLateFrame(long frameCameAt) {
        closestSpare = Long.MAX_VALUE;
        ticksMeasured = 0;
        return frameCameAt + GUARD_NANOS + RtpStream.FRAME_NANOS;
    }

    /**
     * The leading party's frame was in before its tick: once every frame of a half second was in
     * with time to spare, the ticks come earlier by the smallest spare time, to just after the
     * latest of those frames.
     */
    private long afterAFrameInTime(long frameCameAt) {
        closestSpare = Math.min(closestSpare, due - GUARD_NANOS - frameCameAt);
        if (++ticksMeasured < TICKS_MEASURED) {
            return due + RtpStream.FRAME_NANOS;
        }
        long earlier = Math.max(0, closestSpare);
        closestSpare = Long.MAX_VALUE;
        ticksMeasured = 0;
        return due + RtpStream.FRAME_NANOS - earlier;
    }

    /**
     * Whether a packet of the party came since the last frame was mixed. The tick waits for that
     * packet, not just for a frame: a frame already waiting (the party ran ahead) must not hide
     * that this period's packet is late, or the ticks would never learn where its packets are.
     */
    private boolean sentSinceTheLastFrame(MixedParty party) {
        long last = party.spoken.lastArrivalNanos();
        return party.spoken.hasFrame() && (last == Long.MIN_VALUE || last > lastMixed);
    }

    /** The first party in the mix (the caller first) whose packets are coming; null while all are silent. */
    private MixedParty leadingParty(long nowNanos) {
        if (!mixedAny) {
            return parties.get(0);
        }
        for (MixedParty party : parties) {
            long last = party.spoken.lastArrivalNanos();
            if (last != Long.MIN_VALUE && nowNanos - last <= SENDING_NANOS) {
                return party;
            }
        }
        return null;
    }

    /** One frame for every listener, from the frame every party sent (a snapshot of the parties, so joins and leaves never tear a frame). */
    private void mix(long nowNanos, MixedParty leading) {
        try {
            List<MixedParty> now = List.copyOf(parties);
            Map<Voice, short[]> spoken = new HashMap<>();
            for (MixedParty party : now) {
                spoken.put(party.voice, party.spoken.next(nowNanos, party == leading));
            }
            for (MixedParty listener : now) {
                listener.hear(Mix.heardBy(listener.voice, spoken));
            }
        } catch (RuntimeException e) {
            // a failing frame must not end the ticks: the call's audio would stop for good
            LOG.log(Level.WARNING, "Mixing a frame failed", e);
        }
    }

    private void onClock() {
        synchronized (this) {
            if (stopped) {
                return;
            }
            wakeAt(tick(System.nanoTime()));
        }
    }

    private void wakeAt(long nanos) {
        wakeUp = clock.schedule(this::onClock, nanos - System.nanoTime(), TimeUnit.NANOSECONDS);
    }
}
