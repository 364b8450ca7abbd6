package org.earshot.telephony.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A party of a mixed call: its voice in the mix, the audio it sent waiting for the next tick, and
 * the stream of what it hears, encoded in its own law and sent out of its own Earshot port.
 */
final class MixedParty {

    private static final Logger LOG = Logger.getLogger(MixedParty.class.getName());

    final Voice voice;
    final RtpEndpoint endpoint;
    final FrameQueue spoken = new FrameQueue();
    private final RtpTarget target;
    private final LegStatistics sentCount;
    private final ByteBuffer packet = ByteBuffer.allocate(RtpStream.HEADER + RtpStream.FRAME_SAMPLES);
    /** Whether a mixed frame went to this party yet (the mixer's thread only): the first starts a talkspurt. */
    private boolean heardAny;
    /** Prompts to play to this party on top of what it hears, one after the other. */
    private final Queue<Overlay> overlays = new ConcurrentLinkedQueue<>();
    /** The mixer of the call this party is in: a switch of its mode waits for the frame being mixed. */
    volatile Mixer mixer;

    /**
     * @param sentCount where the packets sent to this party are counted: the other party's leg for
     *                  the caller and the agent (so "forwarded" keeps meaning "on to the other party"), its own for a supervisor
     */
    MixedParty(Voice voice, RtpEndpoint endpoint, G711 law, LegStatistics sentCount) {
        this.voice = voice;
        this.endpoint = endpoint;
        this.target = new RtpTarget(endpoint, law);
        this.sentCount = sentCount;
    }

    /** Takes in an audio packet from the party; false when it carries no G.711 (an RFC 4733 event, say). */
    boolean spoke(ByteBuffer rtp, int payloadStart, long arrivedNanos) {
        G711 law = G711.forPayloadType(rtp.get(1) & 0x7F);
        if (law == null) {
            return false;
        }
        spoken.add(rtp, payloadStart, law, arrivedNanos);
        return true;
    }

    /** Plays the prompt to this party from the next frame on (after those already queued), mixed into what it hears. */
    void play(Prompt prompt) {
        overlays.add(new Overlay(prompt));
    }

    /** Sends the party one frame of what it hears, with the prompt it is being played. Runs on the mixer's thread only. */
    void hear(short[] frame) {
        Overlay overlay = overlays.peek();
        if (overlay != null && !overlay.addTo(frame)) {
            overlays.remove();
        }
        packet.clear();
        target.writeHeader(packet, !heardAny);
        heardAny = true;
        for (short sample : frame) {
            packet.put(target.law().encode(sample));
        }
        try {
            if (target.send(packet.flip())) {
                sentCount.countForwarded();
            }
        } catch (ClosedChannelException e) {
            // the call or the monitor ended while this frame was mixed
        } catch (IOException e) {
            LOG.log(Level.FINE, "Mixed frame not sent " + target, e);
        }
    }

    @Override
    public String toString() {
        return voice + " on port " + endpoint.port;
    }
}
