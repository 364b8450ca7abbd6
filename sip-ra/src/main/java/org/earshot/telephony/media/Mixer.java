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

/**
 * The mixing of one call with monitors. It is clocked, not driven by packets: every 20 ms the
 * mixer takes each party's waiting frame (silence for a party that sent none, so nobody waits for
 * a party that stopped), mixes it for every listener by who may hear whom and sends each listener
 * its frame. Each listener thus gets one continuous stream of its own, whoever speaks, and a packet
 * waits at most until the next tick (10 ms on average) before it is mixed. The ticks of every mixed
 * call share one thread of the media engine.
 */
final class Mixer {

    private static final Logger LOG = Logger.getLogger(Mixer.class.getName());

    private final List<MixedParty> parties = new CopyOnWriteArrayList<>();
    private final ScheduledFuture<?> ticks;

    Mixer(List<MixedParty> first, ScheduledExecutorService clock) {
        parties.addAll(first);
        ticks = clock.scheduleAtFixedRate(this::tick, RtpStream.FRAME_NANOS, RtpStream.FRAME_NANOS, TimeUnit.NANOSECONDS);
    }

    void add(MixedParty party) {
        parties.add(party);
    }

    void remove(MixedParty party) {
        parties.remove(party);
    }

    /** The parties of the given role now in the mix. */
    List<MixedParty> partiesOf(Voice.Role role) {
        return parties.stream().filter(party -> party.voice.role == role).toList();
    }

    /** Stops the ticks; a tick under way may still send its frames. */
    void stop() {
        ticks.cancel(false);
    }

    /** One frame for every listener, from the frame every party sent (a snapshot of the parties, so joins and leaves never tear a frame). */
    void tick() {
        try {
            List<MixedParty> now = List.copyOf(parties);
            Map<Voice, short[]> spoken = new HashMap<>();
            for (MixedParty party : now) {
                spoken.put(party.voice, party.spoken.next());
            }
            for (MixedParty listener : now) {
                listener.hear(Mix.heardBy(listener.voice, spoken));
            }
        } catch (RuntimeException e) {
            // a failing tick must not end the schedule: the call's audio would stop for good
            LOG.log(Level.WARNING, "Mixing a frame failed", e);
        }
    }
}
