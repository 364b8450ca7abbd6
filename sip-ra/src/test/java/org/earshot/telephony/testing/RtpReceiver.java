package org.earshot.telephony.testing;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.earshot.telephony.media.G711;

/**
 * A party's RTP port played by the test: a loopback socket that keeps every packet it receives
 * (with when it arrived, System.nanoTime), so the test sees exactly what reached the party (not
 * what Earshot counted), until closed. It also remembers where the first packet came from, so a
 * party can answer from the same socket (symmetric RTP).
 */
public final class RtpReceiver implements AutoCloseable {

    /** One received RTP packet: the header fields tests look at, and the payload. */
    public record Packet(int payloadType, int sequence, long timestamp, int ssrc, byte[] payload, long arrivedNanos) {

        /** For an RFC 4733 telephone-event: the event code (0-9, 10 = *, 11 = #). */
        public int event() {
            return payload[0] & 0xFF;
        }

        /** For an RFC 4733 telephone-event: whether this packet ends the event. */
        public boolean endsEvent() {
            return (payload[1] & 0x80) != 0;
        }
    }

    private final DatagramSocket socket;
    private final List<Packet> packets = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private volatile InetSocketAddress firstSource;

    public RtpReceiver(int port) throws SocketException {
        socket = new DatagramSocket(port, InetAddress.getLoopbackAddress());
        reader = new Thread(this::receive, "rtp-receiver-" + port);
        reader.setDaemon(true);
        reader.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** Where the first packet came from, or null before one came. */
    public InetSocketAddress firstSource() {
        return firstSource;
    }

    /** Sends a datagram from this port: the party's own audio goes out where its audio comes in. */
    public void send(byte[] datagram, InetSocketAddress to) throws IOException {
        socket.send(new DatagramPacket(datagram, datagram.length, to));
    }

    /** The G.711 audio (either law, by payload type) that arrived between two instants, decoded, in order of arrival. */
    public short[] audioBetween(long fromNanos, long untilNanos) {
        List<Packet> inRange = packets.stream().filter(packet -> packet.arrivedNanos() >= fromNanos
                && packet.arrivedNanos() < untilNanos && G711.ofPayloadType(packet.payloadType()).isPresent()).toList();
        short[] audio = new short[inRange.stream().mapToInt(packet -> packet.payload().length).sum()];
        int at = 0;
        for (Packet packet : inRange) {
            short[] decoded = G711.ofPayloadType(packet.payloadType()).orElseThrow().decode(packet.payload());
            System.arraycopy(decoded, 0, audio, at, decoded.length);
            at += decoded.length;
        }
        return audio;
    }

    public List<Packet> packets() {
        return List.copyOf(packets);
    }

    public List<Packet> packets(int payloadType) {
        return packets.stream().filter(packet -> packet.payloadType() == payloadType).toList();
    }

    /** The µ-law payloads of one payload type, decoded, in order of arrival. */
    public short[] audio(int payloadType) {
        ByteBuffer audio = ByteBuffer.allocate(packets(payloadType).stream().mapToInt(p -> p.payload().length).sum());
        packets(payloadType).forEach(packet -> audio.put(packet.payload()));
        return Goertzel.decodeUlaw(audio.array());
    }

    private void receive() {
        byte[] buffer = new byte[2048];
        while (!socket.isClosed()) {
            DatagramPacket datagram = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(datagram);
            } catch (IOException closed) {
                return;
            }
            if (firstSource == null) {
                firstSource = (InetSocketAddress) datagram.getSocketAddress();
            }
            if (datagram.getLength() >= 12) {
                ByteBuffer rtp = ByteBuffer.wrap(datagram.getData(), 0, datagram.getLength());
                packets.add(new Packet(rtp.get(1) & 0x7F, rtp.getShort(2) & 0xFFFF, rtp.getInt(4) & 0xFFFFFFFFL, rtp.getInt(8),
                        Arrays.copyOfRange(datagram.getData(), 12, datagram.getLength()), System.nanoTime()));
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        socket.close();
        reader.join(1000);
    }
}
