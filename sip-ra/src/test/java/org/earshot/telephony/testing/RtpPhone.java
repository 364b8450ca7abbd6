package org.earshot.telephony.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.earshot.telephony.media.G711;

/**
 * A phone's media played by the test: one loopback port that sends a tone of its own as paced
 * G.711 RTP (20 ms packets) and keeps everything it receives ({@link RtpReceiver}). It talks to a
 * given address, or, like a phone behind symmetric RTP, to wherever the first packet it received
 * came from: a test that lets sipp do the signalling learns Earshot's port only that way.
 */
public final class RtpPhone implements AutoCloseable {

    private static final double AMPLITUDE = 0.25; // three tones mixed stay clear of clipping

    private final RtpReceiver ears;
    private final G711 law;
    private final byte[] tone;
    private final ScheduledExecutorService mouth;
    private final int ssrc = ThreadLocalRandom.current().nextInt();
    private volatile InetSocketAddress talkingTo;
    private volatile boolean talking = true;
    private long frame;

    private RtpPhone(int port, int toneHertz, G711 law) throws IOException {
        this.ears = new RtpReceiver(port);
        this.law = law;
        this.tone = new byte[8000];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = law.encode((int) Math.round(AMPLITUDE * 32767 * Math.sin(2 * Math.PI * toneHertz * i / 8000.0)));
        }
        this.mouth = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "rtp-phone-" + port);
            thread.setDaemon(true);
            return thread;
        });
        mouth.scheduleAtFixedRate(this::sendFrame, 0, 20, TimeUnit.MILLISECONDS);
    }

    /** A phone on the port (0: any free one) sending its tone to whoever sends to it first. */
    public static RtpPhone answering(int port, int toneHertz, G711 law) throws IOException {
        return new RtpPhone(port, toneHertz, law);
    }

    /** Sends from now on to this address, whoever sent first. */
    public RtpPhone talkTo(InetSocketAddress earshot) {
        talkingTo = earshot;
        return this;
    }

    /** Stops sending (as a phone that went quiet, or whose microphone is off); it keeps receiving. */
    public void fallSilent() {
        talking = false;
    }

    public int port() {
        return ears.port();
    }

    public InetSocketAddress address() {
        return new InetSocketAddress("127.0.0.1", port());
    }

    public RtpReceiver received() {
        return ears;
    }

    /** What the phone heard between two instants (System.nanoTime), decoded. */
    public short[] heard(long fromNanos, long untilNanos) {
        return ears.audioBetween(fromNanos, untilNanos);
    }

    private void sendFrame() {
        InetSocketAddress to = talkingTo != null ? talkingTo : ears.firstSource();
        if (to == null || !talking) {
            return;
        }
        ByteBuffer packet = ByteBuffer.allocate(12 + 160);
        packet.put((byte) 0x80).put((byte) law.payloadType()).putShort((short) frame).putInt((int) (frame * 160)).putInt(ssrc);
        for (int i = 0; i < 160; i++) {
            packet.put(tone[(int) ((frame * 160 + i) % tone.length)]);
        }
        frame++;
        try {
            ears.send(packet.array(), to);
        } catch (IOException e) {
            // the socket closed: the phone is hung up
        }
    }

    @Override
    public void close() throws InterruptedException {
        mouth.shutdownNow();
        ears.close();
    }
}
