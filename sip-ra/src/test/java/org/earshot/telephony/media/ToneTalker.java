package org.earshot.telephony.media;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A party of a recorded relay played by the test: a loopback socket sending a tone of its own as
 * paced 20 ms µ-law RTP packets to one of Earshot's ports, and remembering what the recording of it
 * must hold: each frame's samples decoded, and silence for the frames it kept quiet (its RTP
 * timestamps go on meanwhile, as a phone's do).
 */
final class ToneTalker implements AutoCloseable {

    static final int FRAME = 160;
    private static final int TELEPHONE_EVENT = 101;

    private final DatagramSocket socket;
    private final byte[] tone = new byte[8000];
    private final ScheduledExecutorService mouth;
    private final List<Short> expected = new ArrayList<>();
    private InetSocketAddress earshot;
    private int ssrc = ThreadLocalRandom.current().nextInt();
    private long timestampBase = ThreadLocalRandom.current().nextInt() & 0xFFFFFFFFL;
    private volatile int sequence;
    private long frame;

    ToneTalker(int hertz) throws IOException {
        socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        socket.setSoTimeout(300);
        for (int i = 0; i < tone.length; i++) {
            tone[i] = G711.PCMU.encode((int) Math.round(0.4 * 32767 * Math.sin(2 * Math.PI * hertz * i / 8000.0)));
        }
        mouth = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "tone-talker-" + hertz);
            thread.setDaemon(true);
            return thread;
        });
    }

    InetSocketAddress address() {
        return new InetSocketAddress("127.0.0.1", socket.getLocalPort());
    }

    ToneTalker talkTo(int earshotPort) {
        earshot = new InetSocketAddress("127.0.0.1", earshotPort);
        return this;
    }

    /** Sends the next frames, one every 20 ms; returns after the last. */
    void talk(int frames) throws InterruptedException {
        pace(frames, true);
    }

    /** Sends nothing for this many frames, while its clock (the RTP timestamps) goes on. */
    void keepQuiet(int frames) throws InterruptedException {
        pace(frames, false);
    }

    /**
     * Holds the next frames back for as long as they last, then sends them all at once: a phone (or a
     * network) that stalled and catches up, its packets late by up to that long.
     */
    void talkInABurstLate(int frames) throws InterruptedException {
        Thread.sleep(frames * 20L);
        for (int i = 0; i < frames; i++) {
            nextFrame(true);
        }
    }

    /**
     * Sends again the frame sent {@code framesAgo} frames back, with its timestamp, as a network that
     * delivered a copy late would; the recording holds that frame once already.
     */
    void resendAnOldFrame(int framesAgo) throws IOException {
        long old = frame - framesAgo;
        ByteBuffer rtp = header(G711.PCMU.payloadType(), (timestampBase + old * FRAME) & 0xFFFFFFFFL, false);
        for (int i = 0; i < FRAME; i++) {
            rtp.put(tone[(int) ((old * FRAME + i) % tone.length)]);
        }
        send(rtp);
    }

    /** Starts another stream, as a phone that restarted its media would: another SSRC, another timestamp base. */
    void restartStream() {
        ssrc++;
        timestampBase = (timestampBase + 0x4000_0000L) & 0xFFFFFFFFL;
    }

    /** Packets sent so far, audio and events. */
    int sent() {
        return sequence;
    }

    /** Presses a key by RFC 4733 (payload type 101): a start packet and the three end packets, in place of a frame of audio. */
    void press(int event) throws IOException {
        long timestamp = timestamp();
        for (int packet = 0; packet < 4; packet++) {
            ByteBuffer rtp = header(TELEPHONE_EVENT, timestamp, packet == 0);
            rtp.put((byte) event).put((byte) (packet == 0 ? 10 : 0x80 | 10)).putShort((short) (packet == 0 ? 160 : 800));
            send(rtp);
        }
        synchronized (expected) {
            for (int i = 0; i < FRAME; i++) {
                expected.add((short) 0);
            }
        }
        frame++;
    }

    /** What the recording must hold of this party, from its first frame on. */
    short[] expected() {
        synchronized (expected) {
            short[] samples = new short[expected.size()];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = expected.get(i);
            }
            return samples;
        }
    }

    /** The payload types of the packets that reached this party, until none came for a while. */
    List<Integer> receivedPayloadTypes() throws IOException {
        List<Integer> types = new ArrayList<>();
        DatagramPacket packet = new DatagramPacket(new byte[2048], 2048);
        try {
            while (true) {
                socket.receive(packet);
                types.add(packet.getData()[1] & 0x7F);
            }
        } catch (SocketTimeoutException quiet) {
            return types;
        }
    }

    private void pace(int frames, boolean sending) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(frames);
        ScheduledFuture<?> ticks = mouth.scheduleAtFixedRate(() -> {
            if (done.getCount() > 0) {
                nextFrame(sending);
                done.countDown();
            }
        }, 20, 20, TimeUnit.MILLISECONDS);
        done.await();
        ticks.cancel(false);
    }

    private void nextFrame(boolean sending) {
        short[] samples = new short[FRAME];
        if (sending) {
            ByteBuffer rtp = header(G711.PCMU.payloadType(), timestamp(), false);
            for (int i = 0; i < FRAME; i++) {
                byte code = tone[(int) ((frame * FRAME + i) % tone.length)];
                rtp.put(code);
                samples[i] = G711.PCMU.decode(code);
            }
            try {
                send(rtp);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        synchronized (expected) {
            for (short sample : samples) {
                expected.add(sample);
            }
        }
        frame++;
    }

    private long timestamp() {
        return (timestampBase + frame * FRAME) & 0xFFFFFFFFL;
    }

    private ByteBuffer header(int payloadType, long timestamp, boolean marker) {
        ByteBuffer rtp = ByteBuffer.allocate(12 + FRAME);
        rtp.put((byte) 0x80).put((byte) ((marker ? 0x80 : 0) | payloadType)).putShort((short) sequence++)
                .putInt((int) timestamp).putInt(ssrc);
        return rtp;
    }

    private void send(ByteBuffer rtp) throws IOException {
        socket.send(new DatagramPacket(rtp.array(), rtp.position(), earshot));
    }

    @Override
    public void close() {
        mouth.shutdownNow();
        socket.close();
    }

    /** Where the run of a party's samples starts in a channel, from {@code from} on; -1 when it is not there. */
    static int find(short[] channel, short[] run, int from) {
        for (int at = from; at + FRAME <= channel.length; at++) {
            if (Arrays.equals(channel, at, at + FRAME, run, 0, FRAME)) {
                return at;
            }
        }
        return -1;
    }
}
